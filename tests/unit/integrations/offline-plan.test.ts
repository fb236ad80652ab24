import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { offlinePlan } from '../../../src/integrations/offline-plan.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'offline-plan-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}

const island = (url: string) => `<astro-island component-url="${url}"></astro-island>`;

describe('offlinePlan', () => {
  const dist = site({
    'index.html': '<link rel="stylesheet" href="/_astro/site.css">',
    'favicon.svg': '<svg/>',
    'manifest.webmanifest': '{}',
    'icons/icon-192.png': 'png',
    'over/index.html': 'over',
    'wijzer/index.html': island('/_astro/Wijzer.js'),
    'basis/index.html': island('/_astro/Progress.js'),
    'basis/naslag/index.html': '<link rel="stylesheet" href="/_astro/site.css">',
    'basis/wijzer/index.html': island('/_astro/Wijzer.js'),
    'basis/les/index.html': island('/_astro/Check.js'),
    // The case's later text is named in the island's props, relative to the page, and fetched, not imported.
    'basis/casussen/a/index.html':
      '<astro-island component-url="/_astro/Player.js" props="{&quot;textUrl&quot;:[0,&quot;../../../_astro/casustekst-a.h1.json&quot;]}"></astro-island>',
    'onderwijs/naslag/index.html': 'naslag',
    'onderwijs/les/index.html': island('/_astro/Check.js'),
    '_astro/site.css': 'body{}',
    '_astro/Wijzer.js': 'import{h}from"./preact.js";const l=import("./later.js");',
    '_astro/preact.js': 'export const h=1;',
    '_astro/later.js': 'export const l=1;',
    '_astro/Progress.js': 'import{h}from"./preact.js";const c=import("./issue-certificate.x.js");',
    '_astro/issue-certificate.x.js': 'const f=import("./fontkit.es.y.js");',
    '_astro/Check.js': 'import{h}from"./preact.js";',
    // The player's later screens: a lazy chunk whose CSS Vite lists beside it, for the preload helper.
    '_astro/Player.js':
      'import{h}from"./preact.js";import"./xstate.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/player-later.js","_astro/player-later.css"])))=>i.map(i=>d[i]);const l=()=>import("./player-later.js");',
    '_astro/player-later.js': 'export const r=1;',
    '_astro/player-later.css': '.player-after{}',
    '_astro/xstate.js': 'export{}',
    '_astro/casustekst-a.h1.json': '{}',
  });
  const plan = offlinePlan(dist);

  it('precaches the shell, the home page, every naslag and wijzer, and all they load (lazy chunks too)', () => {
    expect(plan.precache.sort()).toEqual(
      [
        '_astro/Wijzer.js',
        '_astro/later.js',
        '_astro/preact.js',
        '_astro/site.css',
        'basis/naslag/index.html',
        'basis/wijzer/index.html',
        'favicon.svg',
        'icons/icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'onderwijs/naslag/index.html',
        'wijzer/index.html',
      ].sort(),
    );
  });

  it('gives each module its pages and what they load beyond the precache (a case’s later text, a lazy chunk with its CSS), without the certificate fonts', () => {
    expect(plan.modules.basis!.files.sort()).toEqual(
      [
        '/_astro/Check.js',
        '/_astro/casustekst-a.h1.json',
        '/_astro/Player.js',
        '/_astro/player-later.css',
        '/_astro/player-later.js',
        '/_astro/Progress.js',
        '/_astro/xstate.js',
        '/basis/',
        '/basis/casussen/a/',
        '/basis/les/',
      ].sort(),
    );
    expect(plan.modules.onderwijs!.files.sort()).toEqual(['/_astro/Check.js', '/onderwijs/les/']);
  });

  it('says how many bytes a module download moves: each file gzipped, as a server sends it', () => {
    const size = (text: string) => gzipSync(text).length;
    expect(plan.modules.onderwijs!.gzip).toBe(
      size(island('/_astro/Check.js')) + size('import{h}from"./preact.js";'),
    );
  });
});
