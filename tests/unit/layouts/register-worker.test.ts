import { describe, expect, it } from 'vitest';
import { registerWorker } from '../../../src/layouts/register-worker.ts';
import { PAGE_CACHE } from '../../../src/lib/offline-cache.ts';

/** Runs the inline script in a fake page; returns what it registered and kept once "load" fired. */
async function runOnLoad(controlled: boolean) {
  const registered: string[] = [];
  const kept: { cache: string; urls: string[] }[] = [];
  let onLoad: (() => void) | undefined;
  const navigator = {
    serviceWorker: {
      controller: controlled ? {} : null,
      ready: Promise.resolve({}),
      register: (url: string) => registered.push(url),
    },
  };
  const caches = {
    open: async (cache: string) => ({
      addAll: async (urls: string[]) => void kept.push({ cache, urls }),
    }),
  };
  const location = { origin: 'https://meldcode.example', pathname: '/basis/afwegingskader/' };
  const performance = {
    getEntriesByType: () => [
      { name: 'https://meldcode.example/_astro/KnowledgeCheck.abc.js' },
      { name: 'https://meldcode.example/favicon.svg' },
      { name: 'https://elders.example/_astro/x.js' },
    ],
  };
  new Function('navigator', 'addEventListener', 'caches', 'location', 'performance', registerWorker)(
    navigator,
    (type: string, f: () => void) => {
      if (type === 'load') onLoad = f;
    },
    caches,
    location,
    performance,
  );
  expect(registered).toEqual([]);
  onLoad?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { registered, kept };
}

describe('the inline script that registers the service worker', () => {
  it('stays small: one statement, no other JavaScript on pages without an island', () => {
    expect(new TextEncoder().encode(registerWorker).length).toBeLessThanOrEqual(400);
  });

  it('does nothing in a browser without service workers', () => {
    const navigator = {};
    const run = new Function('navigator', 'addEventListener', registerWorker);
    expect(() => run(navigator, () => undefined)).not.toThrow();
  });

  it('registers /sw.js once the page has loaded', async () => {
    expect((await runOnLoad(true)).registered).toEqual(['/sw.js']);
  });

  it('on the first visit keeps the page and the files it loaded from this site, once the worker is ready', async () => {
    expect((await runOnLoad(false)).kept).toEqual([
      {
        cache: PAGE_CACHE,
        urls: ['/basis/afwegingskader/', 'https://meldcode.example/_astro/KnowledgeCheck.abc.js'],
      },
    ]);
  });

  it('keeps nothing on a page the worker already serves (it keeps what it serves itself)', async () => {
    expect((await runOnLoad(true)).kept).toEqual([]);
  });
});
