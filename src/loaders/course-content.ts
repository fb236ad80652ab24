import { fileURLToPath } from 'node:url';
import { loadContent, type LoadedContent } from '../../modules/authoring/load-content.ts';
import { formatIssue } from '../../modules/case/case-issue.ts';

// Astro evaluates astro.config (the content-check integration) and content.config.ts (the loaders) as
// separate module copies, so a module-level cache would load the content twice per build (about two
// seconds each). One map on globalThis lets every copy share a single loadContent result per root.
const key = Symbol.for('meldcode.course-content');
const store = globalThis as typeof globalThis & { [key]?: Map<string, LoadedContent> };
const cache = (store[key] ??= new Map<string, LoadedContent>());

/** The result of loadContent for the project at `root`, loaded once per process; issues included. */
export function courseContent(root: URL): LoadedContent {
  let content = cache.get(root.href);
  if (!content) {
    content = loadContent(fileURLToPath(new URL('.', root)));
    cache.set(root.href, content);
  }
  return content;
}

/** Like {@link courseContent}, but throws one error that lists every issue, so pages never see partial content. */
export function checkedCourseContent(root: URL): LoadedContent {
  const content = courseContent(root);
  if (content.issues.length > 0) {
    throw new Error(
      `${content.issues.length} problem(s) in content/; run npm run lint:content:\n- ${content.issues.map(formatIssue).join('\n- ')}`,
    );
  }
  return content;
}

/** Drops the loaded content of `root`, so the next call reads the files again (after an edit in dev). */
export function forgetCourseContent(root: URL): void {
  cache.delete(root.href);
}
