import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlAssets, lazyStylesheets, readAsset, withImports } from './page-assets.ts';

/**
 * Chunks no precache or module download holds: the organisation page's verify worker (only ever used
 * online, against an archive fetched online) and fontkit with the PDF fonts, which are cached when a
 * certificate first needs them.
 */
export const NOT_PREFETCHED =
  /\/_astro\/(verify-worker-|fontkit\.|issue-certificate\.|render-stored-profile\.)[^/]*\.js$|\.ttf$/;

/** Pages every first visit precaches: the home page and the on-the-job tools of every beroepsgroep. */
const TOOL_PAGES = /^(index\.html|wijzer\/index\.html|[^/]+\/(naslag|wijzer)\/index\.html)$/;

/** What "Beschikbaar zonder internet" stores for one module: its URLs and their size over the network. */
export interface ModuleFiles {
  kind: 'zonder-internet';
  /** Root-relative URLs: the module's pages and what they load that the precache does not hold. */
  files: string[];
  /** The files' size gzipped, as a server sends them (bytes). */
  gzip: number;
}

/** Where the learner is, offline: what the first visit precaches and what each module adds. */
export interface OfflinePlan {
  /** Paths relative to `dist`, for workbox's precache. */
  precache: string[];
  /** Per module folder (its beroepsgroep id), its download list. */
  modules: Record<string, ModuleFiles>;
}

/**
 * Splits a built site into the precache of a first visit (the shell, the home page, every naslag and
 * wijzer, with the CSS and JavaScript they load, lazy chunks included so they work offline) and one
 * download per module (its module page, lessons, cases, leertafels and handouts with what they load).
 */
export function offlinePlan(dist: string): OfflinePlan {
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(sep).join('/'),
  );
  const pages = built.filter((file) => file.endsWith('/index.html') || file === 'index.html').sort();
  const shell = built.filter((file) =>
    /^(favicon\.svg|manifest\.webmanifest|icons\/[^/]+\.(png|svg))$/.test(file),
  );
  const tools = pages.filter((page) => TOOL_PAGES.test(page));
  const precache = [...new Set([...shell, ...tools, ...tools.flatMap((page) => pageAssets(dist, page))])];
  const precached = new Set(precache.map((file) => `/${file}`));
  const modules: Record<string, ModuleFiles> = {};
  for (const module of moduleFolders(pages)) {
    const own = pages.filter((page) => page.startsWith(`${module}/`) && !TOOL_PAGES.test(page));
    const files = [
      ...new Set([
        ...own.map((page) => `/${page.replace(/index\.html$/, '')}`),
        ...own.flatMap((page) => pageAssets(dist, page).map((file) => `/${file}`)),
      ]),
    ].filter((url) => !precached.has(url));
    const gzip = files.reduce((sum, url) => sum + gzipSync(readAsset(dist, fileOf(url))).length, 0);
    modules[module] = { kind: 'zonder-internet', files, gzip };
  }
  return { precache, modules };
}

/** The folders with a naslag: one per beroepsgroep, the basis module included. */
function moduleFolders(pages: string[]): string[] {
  return pages.flatMap((page) => /^([^/]+)\/naslag\/index\.html$/.exec(page)?.[1] ?? []);
}

/**
 * The later text of a case (src/lib/case-text-file.ts) that a page names in its island's props, relative
 * to the page: fetched, not imported, so no chunk names it.
 */
const CASE_TEXT = /(?:\.\.\/)*_astro\/casustekst-[\w.-]+\.json/g;

/**
 * The CSS and JavaScript one page loads (lazy chunks included, with the CSS they bring) and the case
 * text it fetches, relative to dist.
 */
function pageAssets(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const { css, js } = htmlAssets(html);
  const scripts = withImports(dist, js, { dynamic: true, skip: NOT_PREFETCHED });
  const texts = [...html.matchAll(CASE_TEXT)].map(([url]) => posix.join('/', posix.dirname(page), url));
  return [...css, ...scripts, ...lazyStylesheets(dist, scripts), ...texts]
    .filter((url) => url.startsWith('/'))
    .map((url) => url.split(/[?#]/)[0]!.slice(1));
}

/** The file a root-relative URL is served from ("/x/" is "/x/index.html"). */
function fileOf(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}
