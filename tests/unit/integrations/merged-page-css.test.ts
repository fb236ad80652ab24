import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  carriesItsCss,
  joinedCss,
  linkedStylesheets,
  mergedUrl,
  withInlineCss,
  withOneStylesheet,
  withoutLazyStylesheets,
  withoutRulesOtherPagesUse,
} from '../../../src/integrations/merged-page-css.ts';
import { lazyStylesheets } from '../../../src/integrations/page-assets.ts';

const files: Record<string, string> = {
  '/_astro/a.css': '.a{color:red}\n',
  '/_astro/b.css': '.b{color:blue}',
};
const read = (url: string) => files[url]!;

describe('one stylesheet per page', () => {
  it('joins the stylesheets in the order the page links them, linked where the first was', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/b.css"><title>x</title><link rel="stylesheet" href="/_astro/a.css"></head>';
    const urls = linkedStylesheets(html);
    expect(urls).toEqual(['/_astro/b.css', '/_astro/a.css']);
    expect(joinedCss(urls, read)).toBe('.b{color:blue}\n.a{color:red}');
    expect(withOneStylesheet(html, '/_astro/page.x.css')).toBe(
      '<head><link rel="stylesheet" href="/_astro/page.x.css"><title>x</title></head>',
    );
  });

  it('puts the CSS itself where the first stylesheet was, on a page that takes a click while it loads', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/a.css"></head><body><script data-early>x()</script></body>';
    expect(carriesItsCss(html)).toBe(true);
    expect(carriesItsCss(withOneStylesheet(html, '/_astro/page.x.css').replace('data-early', ''))).toBe(
      false,
    );
    expect(withInlineCss(html, '.a{color:red}')).toBe(
      '<head><style>.a{color:red}</style></head><body><script data-early>x()</script></body>',
    );
    expect(() => withInlineCss(html, '.a::after{content:"</style>"}')).toThrow(/<\/style/);
  });

  it('names a file by its content', () => {
    expect(mergedUrl('.a{}')).toMatch(/^\/_astro\/page\.[0-9a-f]{10}\.css$/);
    expect(mergedUrl('.a{}')).toBe(mergedUrl('.a{}'));
    expect(mergedUrl('.a{}')).not.toBe(mergedUrl('.b{}'));
  });

  it('drops the design-system rules none of its pages nor their scripts use, and keeps our own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'merged-css-'));
    writeFileSync(join(dist, 'island.js'), 'const c = "utrecht-alert utrecht-alert--ok";');
    const css =
      '.utrecht-button{color:red}.utrecht-button-link{color:blue}.utrecht-alert--ok{color:green}.utrecht-alert--error{color:red}.mine{color:red}';
    const pages = [
      '<button class="utrecht-button"></button><script type="module" src="/island.js"></script>',
    ];
    const out = withoutRulesOtherPagesUse(css, pages, dist);
    expect(out).toContain('.utrecht-button{');
    expect(out).toContain('.utrecht-alert--ok{');
    expect(out).toContain('.mine{');
    expect(out).not.toContain('utrecht-button-link');
    expect(out).not.toContain('utrecht-alert--error');
  });

  it('leaves out a stylesheet that a lazy chunk of the page brings itself (Astro links it on the page too)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'merged-css-'));
    mkdirSync(join(dist, '_astro'));
    // As Vite writes it: the lazy chunk's CSS is in the list of files its importer preloads.
    writeFileSync(
      join(dist, '_astro/Player.js'),
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/later.js","_astro/later.css"])))=>i.map(i=>d[i]);const l=()=>import("./later.js");',
    );
    writeFileSync(join(dist, '_astro/later.js'), 'export const r=1;');
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/later.css"><link rel="stylesheet" href="/_astro/b.css"><astro-island component-url="/_astro/Player.js"></astro-island>';
    expect(withoutLazyStylesheets(linkedStylesheets(html), html, dist)).toEqual([
      '/_astro/a.css',
      '/_astro/b.css',
    ]);
    // A page without that island keeps all it links.
    const other =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/later.css">';
    expect(withoutLazyStylesheets(linkedStylesheets(other), other, dist)).toEqual([
      '/_astro/a.css',
      '/_astro/later.css',
    ]);
  });
});

describe('lazyStylesheets', () => {
  it('reads the CSS in the preload lists of chunks, named from the root or relative to the chunk (LMS build)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'lazy-css-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(
      join(dist, '_astro/root.js'),
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js","_astro/x.css"])))=>i.map(i=>d[i]);',
    );
    writeFileSync(
      join(dist, '_astro/relative.js'),
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./y.js","./y.css"])))=>i.map(i=>d[i]);',
    );
    // A string that ends in .css elsewhere in a chunk is no dependency.
    writeFileSync(join(dist, '_astro/other.js'), 'const css = url.endsWith(".css");const f="a.css";');
    expect(lazyStylesheets(dist, ['/_astro/root.js', '/_astro/relative.js', '/_astro/other.js'])).toEqual([
      '/_astro/x.css',
      '/_astro/y.css',
    ]);
  });
});
