import type { Plugin } from 'vite';

/** The module Vite adds to the client build for every dynamic `import()` (its "preload helper"). */
const PRELOAD_HELPER = /^\0vite\/preload-helper\.js$/;
/** How the helper turns a dependency in its list into a URL: Vite writes one for an absolute base, one for relative URLs. */
const ASSETS_URL = /const assetsURL = (function\s*\([^)]*\)\s*\{[^}]*\});/;

/**
 * Vite's preload helper, leaner: 880 B gzip on every page that loads anything lazily (a lesson, for its
 * knowledge check and lesson time), loaded before the page's own script can run. Like Vite's, when code
 * loads a chunk with `import()` it adds a `<link rel="modulepreload">` for each chunk that one imports,
 * so the browser fetches them at once instead of level by level, and a stylesheet among them (the case
 * player's later screens: src/styles/player-later.css) is linked and awaited first. Left out: the fallback to `rel="preload"` for browsers without
 * modulepreload (every browser the site supports has it), the CSP nonce (the site sets none), skipping
 * chunks the page already links (the browser's module map does that for scripts) and the
 * `vite:preloadError` event (nothing listens for it: a failed load rejects the `import()` as before).
 * Vite's own way of making each URL (`assetsURL`: from the site's root, or relative to the importing
 * chunk in an LMS package) is kept as Vite wrote it.
 */
export function leanPreloadCode(viteCode: string): string {
  const assetsURL = ASSETS_URL.exec(viteCode)?.[1];
  if (!assetsURL)
    throw new Error(
      'Vite schrijft zijn preload-helper anders dan verwacht (geen "const assetsURL = function…"): ' +
        'pas src/integrations/lean-preload-helper.ts aan op deze versie van Vite.',
    );
  return `const assetsURL = ${assetsURL};
const seen = {};
export const __vitePreload = (load, deps, importerUrl) =>
  Promise.all(
    (deps || []).map((dep) => {
      const url = new URL(assetsURL(dep, importerUrl), import.meta.url);
      return (seen[url.href] ??= new Promise((resolve, reject) => {
        const css = url.pathname.endsWith('.css');
        const link = document.createElement('link');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.href = url.href;
        if (!css) resolve();
        link.onload = resolve;
        link.onerror = () => {
          delete seen[url.href]; // the next load tries again (offline before it ever loaded)
          if (css) reject(new Error('Unable to preload CSS for ' + url));
        };
        document.head.append(link);
      }));
    }),
  ).then(() => load());
`;
}

/**
 * The Vite plugin that puts leanPreloadCode() in place of Vite's preload helper and lets
 * preloadDependencies() choose what it preloads (in a build). The choice is set here, not in the Vite
 * options of astro.config.mjs: Astro replaces `build.modulePreload` there with its own.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'meldcode:lean-preload-helper',
    apply: 'build',
    config: () => ({ build: { modulePreload: { resolveDependencies: preloadDependencies } } }),
    transform: {
      filter: { id: PRELOAD_HELPER },
      handler(code) {
        return { code: leanPreloadCode(code), map: null };
      },
    },
  };
}

/** The lazy chunk that draws an organisatieprofiel kept in this browser (src/islands/show-stored-profile.ts). */
const STORED_PROFILE_CHUNK = /(^|\/)render-stored-profile\.[\w-]+\.js$/;

/**
 * Which chunks to preload with a lazy chunk (Vite's `build.modulePreload.resolveDependencies`): all of
 * them, except for the chunk that draws a stored organisatieprofiel. Its list named 16 files, ~270 B
 * gzip in a script every lesson with steps, the module pages, the naslag and the wijzer load, to speed
 * up something that happens only in a browser that holds a profile. There the browser now finds those
 * files level by level (two round trips more before the "Bij ons" box shows).
 */
export function preloadDependencies(chunk: string, dependencies: string[]): string[] {
  return STORED_PROFILE_CHUNK.test(chunk) ? [] : dependencies;
}
