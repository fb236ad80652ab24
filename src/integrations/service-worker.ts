import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { MODULE_FILES, PAGE_CACHE } from '../lib/offline-cache.ts';
import { offlinePlan } from './offline-plan.ts';

/**
 * How a request finds what was kept. A file kept by a module download was asked for without the
 * headers a script or a page sends (`Origin`), and servers answer `Vary: Origin`: without ignoreVary
 * the kept file would not be found, and fetching it again would replace it.
 */
const KEPT = { ignoreSearch: true, ignoreVary: true };

/**
 * What the service worker precaches and how it updates. A first visit precaches only what a
 * professional needs on the job, light enough for a phone's data plan: the home page and every naslag
 * and wijzer with what they load (`offline-plan.ts`). Every other page is kept once it was opened
 * (network first, so online it is always the newest), and a whole module is kept when the learner asks
 * for it on the module page. The search index is kept once used. A new build changes the revisions in
 * sw.js: the browser installs the new worker on its next check, and `skipWaiting` + `clientsClaim` make
 * it take over at once, so the next page a learner opens is the new one. Nothing reloads by itself: an
 * answer being typed in the wijzer is never lost to an update.
 */
export function serviceWorkerOptions(dist: string, precache = offlinePlan(dist).precache): GenerateSWOptions {
  return {
    globDirectory: dist,
    swDest: join(dist, 'sw.js'),
    globPatterns: precache,
    // Astro names its bundles by content hash: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // `/zoeken/?q=…` is the page `/zoeken/`; the island reads the query from the address.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // The Noto Sans fonts and fontkit (certificate-font.ts), fetched only to print a name outside
        // WinAnsi or in Arabic, Chinese, Japanese or Korean: kept once used.
        urlPattern: ({ url }) => /^\/_astro\/(fontkit\.[^/]*\.js|[^/]*\.ttf)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'meldcode-lettertypen', expiration: { maxEntries: 8 } },
      },
      {
        // Pages: online always the newest, offline the last one kept. After 4 s on a weak network
        // the kept page is shown rather than a blank screen. A page is the same page whatever its
        // query (`/zoeken/?q=…`).
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: PAGE_CACHE, networkTimeoutSeconds: 4, matchOptions: KEPT },
      },
      {
        // Astro names these by content hash: a kept file never changes.
        urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: PAGE_CACHE, matchOptions: KEPT },
      },
      {
        urlPattern: ({ url }) => url.pathname === '/zoekindex.json',
        handler: 'NetworkFirst',
        options: { cacheName: 'meldcode-zoekindex' },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

/** Writes `dist/sw.js` with workbox-build, and each module's download list, after every build. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'meldcode:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const plan = offlinePlan(dist);
        for (const [module, files] of Object.entries(plan.modules)) {
          mkdirSync(join(dist, module), { recursive: true });
          writeFileSync(join(dist, module, MODULE_FILES), JSON.stringify(files));
        }
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(dist, plan.precache));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
