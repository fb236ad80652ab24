import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// What a first visit to one built page downloads: the HTML, its stylesheets and the JavaScript it
// loads, following static imports between chunks. Images, the favicon and lazy `import()` are left out.

/** The kind of page a URL path is, so figures can be compared per kind. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 1)
    return ['over', 'zoeken', 'voortgang', 'wijzer', 'organisatie'].includes(segments[0]!)
      ? segments[0]!
      : 'beroepsgroep';
  if (segments.length === 2) return ['naslag', 'wijzer'].includes(segments[1]!) ? segments[1]! : 'lesson';
  if (segments.length === 3 && segments[1] === 'casussen') return 'casus';
  if (segments.length === 4 && segments[1] === 'casussen' && ['leertafel', 'handout'].includes(segments[3]!))
    return segments[3]!;
  return 'other';
}

/** Root-relative URLs of the stylesheets and scripts an HTML page loads itself. */
export function htmlAssets(html: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:link|script|astro-island)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
    const href = attr('href');
    if (tag.startsWith('<link') && href && /\brel="stylesheet"/.test(tag)) css.add(href);
    if (tag.startsWith('<link') && href && /\brel="modulepreload"/.test(tag)) js.add(href);
    const src = tag.startsWith('<script') ? attr('src') : undefined;
    if (src) js.add(src);
    for (const name of ['component-url', 'renderer-url']) {
      const url = tag.startsWith('<astro-island') ? attr(name) : undefined;
      if (url) js.add(url);
    }
  }
  return { css: [...css], js: [...js] };
}

/** Specifiers of the static imports and re-exports in a built JavaScript chunk. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const [, specifier] of code.matchAll(pattern)) if (specifier) found.add(specifier);
  return [...found];
}

/** Bytes of one page's first visit, raw and gzip (each file compressed on its own, as a server does). */
export interface PageWeight {
  path: string;
  type: string;
  html: number;
  css: number;
  js: number;
  raw: number;
  gzip: number;
  /** HTML and CSS gzip: what must fit one network round trip (14 KB) on a lesson page. */
  htmlCssGzip: number;
  /** JavaScript gzip: the islands, Preact and what they import. */
  jsGzip: number;
}

/** Measures one built page; `dist` is the build folder, `path` the page's URL path. */
export function measurePage(dist: string, path: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile);
  const assets = htmlAssets(html.toString('utf8'));
  const css = assets.css.map((url) => readAsset(dist, url));
  const js = withImports(dist, assets.js).map((url) => readAsset(dist, url));
  const files = [html, ...css, ...js];
  const sum = (list: Buffer[]) => list.reduce((total, b) => total + b.length, 0);
  const zipped = (list: Buffer[]) => list.reduce((total, b) => total + gzipSync(b).length, 0);
  return {
    path,
    type: pageType(path),
    html: html.length,
    css: sum(css),
    js: sum(js),
    raw: sum(files),
    gzip: zipped(files),
    htmlCssGzip: zipped([html, ...css]),
    jsGzip: zipped(js),
  };
}

/** The JavaScript a page loads: its own scripts and islands plus every chunk they import statically. */
export function withImports(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const code = readAsset(dist, url).toString('utf8');
    for (const specifier of staticImports(code)) {
      if (specifier.startsWith('.')) queue.push(posix.join(posix.dirname(url), specifier));
      else if (specifier.startsWith('/')) queue.push(specifier);
    }
  }
  return [...seen];
}

function readAsset(dist: string, url: string): Buffer {
  const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  if (!existsSync(file)) throw new Error(`${url} is referenced but not in dist/`);
  return readFileSync(file);
}
