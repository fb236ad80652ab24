import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { leanPreloadCode, preloadDependencies } from '../../../src/integrations/lean-preload-helper.ts';

// The start of Vite's preload helper as Vite 8 writes it (getPreloadCode in vite/dist/node/chunks/node.js):
// for a site served from its root, and with relative URLs (renderBuiltUrl, the LMS build).
const fromRoot = `const scriptRel = 'modulepreload';const assetsURL = function(dep) { return "/"+dep };const seen = {};`;
const relative = `const scriptRel = 'modulepreload';const assetsURL = function(dep, importerUrl) { return new URL(dep, importerUrl).href };const seen = {};`;

interface FakeLink {
  rel?: string;
  href?: string;
  onload?: () => void;
  onerror?: () => void;
}

/** Loads the lean helper made from `viteCode` with a document that records the links it adds. */
async function helper(viteCode: string) {
  const links: FakeLink[] = [];
  globalThis.document = {
    createElement: () => ({}),
    head: { append: (link: FakeLink) => links.push(link) },
  } as unknown as Document;
  const file = join(mkdtempSync(join(tmpdir(), 'preload-')), 'helper.mjs');
  writeFileSync(file, leanPreloadCode(viteCode));
  const { __vitePreload } = (await import(pathToFileURL(file).href)) as {
    __vitePreload: <T>(load: () => Promise<T>, deps?: string[], importerUrl?: string) => Promise<T>;
  };
  return { links, preload: __vitePreload };
}

afterEach(() => {
  delete (globalThis as { document?: Document }).document;
});

describe('the lean preload helper', () => {
  it('preloads each chunk once from the site root, then loads the module', async () => {
    const { links, preload } = await helper(fromRoot);
    const loaded = await preload(async () => 'module', ['_astro/a.js', '_astro/b.js']);
    expect(loaded).toBe('module');
    expect(links.map(({ rel, href }) => [rel, new URL(href!).pathname])).toEqual([
      ['modulepreload', '/_astro/a.js'],
      ['modulepreload', '/_astro/b.js'],
    ]);
    await preload(async () => 'again', ['_astro/a.js']);
    expect(links).toHaveLength(2);
  });

  it('makes URLs relative to the importing chunk when Vite does (an LMS package)', async () => {
    const { links, preload } = await helper(relative);
    await preload(async () => 1, ['./c.js'], 'https://lms.example/pakket/_astro/page.js');
    expect(links.map(({ href }) => href)).toEqual(['https://lms.example/pakket/_astro/c.js']);
  });

  it('loads the module at once without a list', async () => {
    const { links, preload } = await helper(fromRoot);
    expect(await preload(async () => 'module', [])).toBe('module');
    expect(await preload(async () => 'module')).toBe('module');
    expect(links).toEqual([]);
  });

  it('links a stylesheet among them and loads the module only once the stylesheet has', async () => {
    const { links, preload } = await helper(fromRoot);
    let loaded = false;
    const done = preload(async () => (loaded = true), ['_astro/d.css']);
    await Promise.resolve();
    expect(links[0]!.rel).toBe('stylesheet');
    expect(loaded).toBe(false);
    links[0]!.onload!();
    await done;
    expect(loaded).toBe(true);
  });

  it('rejects when a stylesheet fails and tries it again next time (offline before it ever loaded)', async () => {
    const { links, preload } = await helper(fromRoot);
    let loads = 0;
    const failed = preload(async () => ++loads, ['_astro/e.css']);
    links[0]!.onerror!();
    await expect(failed).rejects.toThrow('Unable to preload CSS');
    expect(loads).toBe(0);
    const retry = preload(async () => ++loads, ['_astro/e.css']);
    expect(links).toHaveLength(2);
    links[1]!.onload!();
    expect(await retry).toBe(1);
  });

  it('passes on a module that fails to load', async () => {
    const { preload } = await helper(fromRoot);
    await expect(preload(() => Promise.reject(new Error('offline')), ['_astro/f.js'])).rejects.toThrow(
      'offline',
    );
  });

  it('says in Dutch what to do when Vite writes its helper differently', () => {
    expect(() => leanPreloadCode('export const __vitePreload = () => {}')).toThrow(
      /lean-preload-helper\.ts aan op deze versie van Vite/,
    );
  });
});

describe('what a lazy chunk preloads', () => {
  it('keeps the list of every chunk', () => {
    expect(preloadDependencies('_astro/hydrate-knowledge-check.Cpkpyt1t.js', ['_astro/a.js'])).toEqual([
      '_astro/a.js',
    ]);
  });

  it('preloads nothing with the chunk that draws a stored organisatieprofiel', () => {
    expect(preloadDependencies('_astro/render-stored-profile.v-1IL0ak.js', ['_astro/a.js'])).toEqual([]);
  });
});
