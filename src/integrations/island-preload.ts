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
 * Where the preloads go in a page: before the CSS the page carries in its head (merged-page-css.ts), whose
 * bytes would hold them back (a case page's are about 4 KB gzip, some 25 ms on slow 4G), else at the end
 * of the head. A `<style>` in a `<noscript>` does not count: text there is no element while scripts run,
 * and neither would the preloads be.
 */
export function preloadsAt(html: string): number {
  const head = html.indexOf('</head>');
  const inHead = html.slice(0, head);
  const noscripts = [...inHead.matchAll(/<noscript>[\s\S]*?<\/noscript>/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const { index } of inHead.matchAll(/<style>/g))
    if (!noscripts.some(([from, to]) => index > from! && index < to!)) return index;
  return head;
}

/**
 * The page with a `<link rel="modulepreload">` for every chunk its islands (and the module scripts that
 * hydrate at once) import, in its head (preloadsAt).
 * Without them a browser finds each level of imports only after loading the one above it: on slow 4G
 * every level costs a round trip of more than half a second before a case page takes its first choice.
 */
export function withModulePreloads(html: string, read: (url: string) => string): string {
  const scripts = html.includes(` ${SSR}`) ? [...html.matchAll(moduleScript)] : [];
  const entries = [...html.matchAll(islandUrl), ...scripts].map((m) => m[1]!);
  if (entries.length === 0) return html;
  const chunks = new Set(entries.flatMap((entry) => chunkGraph(entry, read)));
  const links = [...chunks].map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  const at = preloadsAt(html);
  return html.slice(0, at) + links + html.slice(at);
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
