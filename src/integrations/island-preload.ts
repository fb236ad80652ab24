import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtml } from './page-assets.ts';

const islandUrl = /\s(?:component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g;
/** A page's own module script. */
const moduleScript = /<script type="module" src="(\/_astro\/[^"]+\.js)"/g;
/**
 * Marks an element rendered on the server that the page's own module script hydrates at once, as Astro's
 * `ssr` marks an island (src/components/PageIsland.astro; the script removes it once it has woken the
 * element). Only on such a page are the scripts' imports preloaded: other pages' scripts wake something
 * later (a lesson's knowledge check, a "Bij ons" box) and need no more bytes up front.
 */
export const SSR = 'data-ssr';
const staticImport = /(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g;

/** Every chunk `entry` (a URL under /_astro/) imports statically, itself included, in load order. */
export function chunkGraph(entry: string, read: (url: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const [, name] of read(url).matchAll(staticImport)) visit(`/_astro/${name}`);
  };
  visit(entry);
  return [...seen];
}

/**
 * The page with a `<link rel="modulepreload">` for every chunk its islands (and the module scripts that
 * hydrate at once) import, before `</head>`.
 * Without them a browser finds each level of imports only after loading the one above it: on slow 4G
 * every level costs a round trip of more than half a second before a case page takes its first choice.
 */
export function withModulePreloads(html: string, read: (url: string) => string): string {
  const scripts = html.includes(` ${SSR}`) ? [...html.matchAll(moduleScript)] : [];
  const entries = [...html.matchAll(islandUrl), ...scripts].map((m) => m[1]!);
  if (entries.length === 0) return html;
  const chunks = new Set(entries.flatMap((entry) => chunkGraph(entry, read)));
  const links = [...chunks].map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/** Adds the preloads to every built page that holds an island (after the build, before the service worker). */
export function islandPreload(): AstroIntegration {
  return {
    name: 'meldcode:island-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const read = (url: string) => {
          if (!cache.has(url)) cache.set(url, readFileSync(join(dist, url), 'utf8'));
          return cache.get(url)!;
        };
        for (const { file, html } of builtHtml(dist)) {
          const preloaded = withModulePreloads(html, read);
          if (preloaded !== html) writeFileSync(file, preloaded);
        }
      },
    },
  };
}
