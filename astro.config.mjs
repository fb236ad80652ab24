// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { loadGlossary } from './modules/authoring/load-glossary.ts';
import { DEFAULT_SITE, siteAddress } from './modules/certificate/site-address.ts';
import { contactAddress, DEFAULT_CONTACT } from './modules/page/contact-address.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { designSystemHeadings, designSystemLinks } from './src/integrations/design-system-links.ts';
import { designSystemTables } from './src/integrations/design-system-tables.ts';
import { caseChunk, caseChunkEntries } from './src/integrations/case-chunk.ts';
import { islandPreload } from './src/integrations/island-preload.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload-helper.ts';
import { mergedPageCss } from './src/integrations/merged-page-css.ts';
import { previewTrailingSlash } from './src/integrations/preview-trailing-slash.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import {
  unusedDesignSystemRules,
  usedUtrechtClasses,
} from './src/integrations/unused-design-system-rules.ts';
import {
  customPropertiesNamedIn,
  designSystemCss,
  setDesignTokens,
  unsetDesignSystemTokens,
} from './src/integrations/unset-design-system-tokens.ts';

// The begrippenlijst, for linking each begrip's first use in a lesson (the content check reports its problems).
const { glossary } = loadGlossary(fileURLToPath(new URL('.', import.meta.url)));

// The site's public address, printed on every certificate as where to verify it: MELDCODE_SITE at build.
const site = siteAddress(process.env.MELDCODE_SITE);
if (!process.env.MELDCODE_SITE && process.argv.includes('build'))
  console.warn(
    `MELDCODE_SITE is not set: certificates made on this build say to verify them at ${DEFAULT_SITE}. Set it to the site's address when you deploy.`,
  );

// Where a visitor reports an accessibility problem (a mailto link on /over/): MELDCODE_CONTACT at build.
const contact = contactAddress(process.env.MELDCODE_CONTACT);
if (!process.env.MELDCODE_CONTACT && process.argv.includes('build'))
  console.warn(
    `MELDCODE_CONTACT is not set: /over/ asks visitors to report problems to ${DEFAULT_CONTACT}. Set it to an address someone reads when you deploy.`,
  );

// The NL Design System CSS without the variants no markup in src/ uses, and without the fallbacks for
// design tokens nothing sets (only in a build: while developing, a class or token just added keeps its
// rules).
const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const usedClasses = process.argv.includes('build') ? usedUtrechtClasses(srcDir) : new Set();
const designSystem = process.argv.includes('build')
  ? [
      unusedDesignSystemRules(usedClasses),
      unsetDesignSystemTokens(
        setDesignTokens(
          designSystemCss(fileURLToPath(new URL('.', import.meta.url))),
          usedClasses,
          customPropertiesNamedIn(srcDir),
        ),
      ),
    ]
  : [];

// A fully static site: every page is prebuilt HTML and only islands ship JavaScript.
export default defineConfig({
  output: 'static',
  // Astro's cache (its content data store among it) in this checkout's own .astro/ rather than in
  // node_modules/.astro: git worktrees that share one node_modules otherwise build each other's content.
  cacheDir: './.astro/cache',
  site,
  trailingSlash: 'always',
  // After the build mergedPageCss() links each page to one stylesheet, islandPreload() adds modulepreload
  // links for the islands' chunks, then serviceWorker() writes dist/sw.js from the built files.
  integrations: [
    contentCheck(),
    previewTrailingSlash(),
    mdx(),
    preact(),
    mergedPageCss(),
    islandPreload(),
    serviceWorker(),
  ],
  // Astro's own Markdown processor (Sätteri), with each begrip's first use in a lesson linked and every
  // Markdown table, link and heading an NL Design System table, link and heading.
  markdown: {
    processor: satteri({
      mdastPlugins: [glossaryLinks(glossary)],
      hastPlugins: [designSystemTables, designSystemLinks, designSystemHeadings],
    }),
  },
  devToolbar: { enabled: false },
  vite: {
    // The contact address, for src/components/ContactLink.astro (the LMS build keeps it: astro.lms.config.mjs).
    define: { 'import.meta.env.MELDCODE_CONTACT': JSON.stringify(contact) },
    // The organisation page's verify workers are ES modules (they load parts of the verifier on demand).
    worker: { format: 'es' },
    css: { postcss: { plugins: designSystem } },
    // Vite's preload helper for lazy chunks in a lean version, and a shorter preload list for one of them.
    plugins: [caseChunkEntries(), leanPreloadHelper()],
    // Fewer files for a page with an island: on a slow connection each file more can be a round trip
    // more (tests/bench/slow-network.ts). Preact, its hooks, its JSX runtime and Astro's Preact renderer
    // in one chunk (every page with an island loads all four; without their dependencies, so a page
    // that loads only Preact later, the lesson's knowledge check, gets no more than the renderer), with
    // src/i18n/format.ts (every island page loads it too, and the knowledge check uses it), and
    // what only the case islands load at once in one more (src/integrations/case-chunk.ts).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'preact',
                    test: /[\\/]node_modules[\\/](preact[\\/]|@astrojs[\\/]preact[\\/]dist[\\/](client|static-html)\.js$)|[\\/]src[\\/]i18n[\\/]format\.ts$/,
                    includeDependenciesRecursively: false,
                  },
                  { name: caseChunk, includeDependenciesRecursively: false },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro itself starts every MDX module it bundles with the marker "use astro:head-inject", and
          // Rolldown warns (MODULE_LEVEL_DIRECTIVE, ten lines each) that bundling may drop it: ~80
          // identical warnings per build about Astro's code, not ours, and nothing we can fix. Only
          // that directive is dropped here; every other log still reaches Vite's handler.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"'))
            return;
          handler(level, log);
        },
      },
    },
  },
});
