import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dynamicImports, htmlAssets, staticImports } from '../../../src/integrations/page-assets.ts';
import { measurePage, pageType } from '../page-weight.ts';

describe('pageType', () => {
  it('names each kind of page the site builds', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/404.html')).toBe('404');
    expect(pageType('/over/')).toBe('over');
    expect(pageType('/organisatie/')).toBe('organisatie');
    expect(pageType('/zoeken/')).toBe('zoeken');
    expect(pageType('/voortgang/')).toBe('voortgang');
    expect(pageType('/bij-ons/')).toBe('bij-ons');
    expect(pageType('/begrippen/')).toBe('begrippen');
    expect(pageType('/onderwijs/')).toBe('beroepsgroep');
    expect(pageType('/onderwijs/stappenplan-en-afwegingskader/')).toBe('lesson');
    expect(pageType('/onderwijs/certificaat/')).toBe('certificaat');
    expect(pageType('/onderwijs/naslag/')).toBe('naslag');
    expect(pageType('/onderwijs/casussen/daan-blauwe-plekken/')).toBe('casus');
    expect(pageType('/onderwijs/casussen/daan-blauwe-plekken/leertafel/')).toBe('leertafel');
    expect(pageType('/onderwijs/casussen/daan-blauwe-plekken/handout/')).toBe('handout');
    expect(pageType('/a/b/c/')).toBe('other');
    expect(pageType('/onderwijs/casussen/daan-blauwe-plekken/iets/')).toBe('other');
  });
});

describe('htmlAssets', () => {
  it('finds stylesheets, scripts, module preloads and island chunks', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/s.js"></script>
      <astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>`;
    expect(htmlAssets(html)).toEqual({
      css: ['/_astro/a.css'],
      js: ['/_astro/m.js', '/_astro/s.js', '/_astro/Island.js', '/_astro/client.js'],
    });
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports but not dynamic imports', () => {
    const code = `import{h as a}from"./preact.js";import"./side.js";export{b}from'./b.js';const c=import("./lazy.js");`;
    expect(staticImports(code)).toEqual(['./preact.js', './side.js', './b.js']);
  });
});

describe('dynamicImports', () => {
  it('finds what a chunk may load later, in either quote, but not a computed import', () => {
    const code =
      'const a=import("./lazy.js"),b=import(`./other.js`),c=import(`./${name}.js`);import"./side.js";';
    expect(dynamicImports(code)).toEqual(['./lazy.js', './other.js']);
  });
});

describe('measurePage', () => {
  it('adds the HTML, its CSS and every JS chunk it imports, each gzipped on its own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-'));
    const files: Record<string, string> = {
      'x/index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>',
      '_astro/a.css': 'body{color:red}',
      '_astro/s.js': 'import{x}from"./dep.js";x();',
      '_astro/dep.js': 'export const x=()=>1;',
      '_astro/unused.js': 'never loaded',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, name)), { recursive: true });
      writeFileSync(join(dist, name), text);
    }
    const weight = measurePage(dist, '/x/', join(dist, 'x/index.html'));
    const loaded = ['x/index.html', '_astro/a.css', '_astro/s.js', '_astro/dep.js'].map((n) => files[n]!);
    expect(weight).toEqual({
      path: '/x/',
      type: 'beroepsgroep',
      html: files['x/index.html']!.length,
      css: files['_astro/a.css']!.length,
      js: files['_astro/s.js']!.length + files['_astro/dep.js']!.length,
      raw: loaded.join('').length,
      gzip: loaded.reduce((sum, text) => sum + gzipSync(text).length, 0),
      htmlCssGzip: loaded.slice(0, 2).reduce((sum, text) => sum + gzipSync(text).length, 0),
      jsGzip: loaded.slice(2).reduce((sum, text) => sum + gzipSync(text).length, 0),
    });
  });
});
