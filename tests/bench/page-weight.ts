import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlAssets, readAsset, withImports } from '../../src/integrations/page-assets.ts';

// What a first visit to one built page downloads: the HTML, its stylesheets and the JavaScript it
// loads, following static imports between chunks. Images, the favicon and lazy `import()` are left out.

/** The kind of page a URL path is, so figures can be compared per kind. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return '404';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 1)
    return ['over', 'zoeken', 'voortgang', 'wijzer', 'organisatie', 'bij-ons', 'begrippen'].includes(
      segments[0]!,
    )
      ? segments[0]!
      : 'beroepsgroep';
  // A group's certificate page is no lesson, though its address looks like one.
  if (segments.length === 2)
    return ['naslag', 'wijzer', 'certificaat'].includes(segments[1]!) ? segments[1]! : 'lesson';
  if (segments.length === 3 && segments[1] === 'casussen') return 'casus';
  if (segments.length === 4 && segments[1] === 'casussen' && ['leertafel', 'handout'].includes(segments[3]!))
    return segments[3]!;
  return 'other';
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
