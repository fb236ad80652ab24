import type { PackageScope } from './package-scope.ts';
import { relativizeCss, relativizeHtml } from './relative-links.ts';

/** Where the LMS build puts each module's launch page: `lms/<module id>/index.html`. */
export const launchPage = (moduleId: string) => `lms/${moduleId}/index.html`;

/** The progress data of every module, which "Mijn voortgang" fetches (src/pages/voortgang/modules.json.ts). */
const PROGRESS_MODULES = 'voortgang/modules.json';
/** The search index the search page fetches (src/pages/zoekindex.json.ts). */
export const SEARCH_INDEX = 'zoekindex.json';

export interface PackageFileOptions {
  /** The search index over the package's own pages (write-packages.ts builds it), in place of the site's. */
  searchIndex?: string;
}

/**
 * The files of a package from the built site (paths relative to its root, `/` separated): the pages
 * and assets its scope holds (package-scope.ts), with root-relative URLs made relative
 * (relative-links.ts) after the scope's redirects; of the launch pages only those of the scope. The
 * progress data names only the scope's modules, and the search index is the package's own.
 */
export function packageFiles(
  site: ReadonlyMap<string, Uint8Array>,
  scope: PackageScope,
  { searchIndex }: PackageFileOptions = {},
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [path, bytes] of site) {
    if (!scope.holds(path)) continue;
    if (path.endsWith('.html'))
      files.set(path, encoder.encode(relativizeHtml(decoder.decode(bytes), path, scope.redirect)));
    else if (path.endsWith('.css'))
      files.set(path, encoder.encode(relativizeCss(decoder.decode(bytes), path)));
    else if (path === PROGRESS_MODULES) {
      const modules = JSON.parse(decoder.decode(bytes)) as { id: string }[];
      files.set(path, encoder.encode(JSON.stringify(modules.filter((m) => scope.modules.includes(m.id)))));
    } else if (path === SEARCH_INDEX && searchIndex !== undefined)
      files.set(path, encoder.encode(searchIndex));
    else files.set(path, bytes);
  }
  for (const path of scope.launched.map(launchPage))
    if (!files.has(path)) throw new Error(`${path} is missing: build the site with npm run build:scorm.`);
  return files;
}
