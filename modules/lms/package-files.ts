import { relativizeCss, relativizeHtml } from './relative-links.ts';

/** Where the LMS build puts each module's launch page: `lms/<module id>/index.html`. */
export const launchPage = (moduleId: string) => `lms/${moduleId}/index.html`;

/**
 * The files of a package from the built site (paths relative to its root, `/` separated): every page
 * and asset of the site, so links to other modules keep working, with root-relative URLs made
 * relative (relative-links.ts); of the launch pages only those of `moduleIds`.
 */
export function packageFiles(
  site: ReadonlyMap<string, Uint8Array>,
  moduleIds: readonly string[],
): Map<string, Uint8Array> {
  const keep = new Set(moduleIds.map(launchPage));
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [path, bytes] of site) {
    if (path.startsWith('lms/') && !keep.has(path)) continue;
    if (path.endsWith('.html')) files.set(path, encoder.encode(relativizeHtml(decoder.decode(bytes), path)));
    else if (path.endsWith('.css'))
      files.set(path, encoder.encode(relativizeCss(decoder.decode(bytes), path)));
    else files.set(path, bytes);
  }
  for (const path of keep)
    if (!files.has(path)) throw new Error(`${path} is missing: build the site with npm run build:scorm.`);
  return files;
}
