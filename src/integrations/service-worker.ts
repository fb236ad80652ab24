import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/**
 * What the service worker precaches and how it updates. Every page and its CSS, JavaScript and icons
 * are precached, so after a first visit the naslag, the wijzer, the lessons and the cases open without
 * a network; the search index (about 1 MB) is only cached once it was used. A new build changes the
 * revisions in sw.js: the browser installs the new worker on its next check, and `skipWaiting` +
 * `clientsClaim` make it take over at once, so the next page a learner opens is the new one. Nothing
 * reloads by itself: an answer being typed in the wijzer is never lost to an update.
 */
export function serviceWorkerOptions(dist: string): GenerateSWOptions {
  return {
    globDirectory: dist,
    swDest: join(dist, 'sw.js'),
    // Issuing a certificate needs only the module page and its scripts, so it works offline too; the
    // fonts for names outside WinAnsi (630 KB each; 10 MB for Chinese) are cached when first used, not precached.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    // The organisation page's verify worker (about 0.5 MB) is left out: that page checks against an
    // archive that is only ever fetched online, so every learner would store it for nothing.
    // fontkit (about 0.7 MB) is only for a name outside WinAnsi, like the fonts: cached when used.
    globIgnores: ['sw.js', 'workbox-*.js', '_astro/verify-worker-*.js', '_astro/fontkit.*.js'],
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

/** Writes `dist/sw.js` with workbox-build after every build. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'meldcode:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
