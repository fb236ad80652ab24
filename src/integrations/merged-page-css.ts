import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss from 'postcss';
import { builtHtml, htmlAssets, lazyStylesheets, readAsset, withImports } from './page-assets.ts';
import { addUtrechtClasses, unusedDesignSystemRules } from './unused-design-system-rules.ts';

const stylesheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The stylesheets a page links, in order. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(stylesheet)].map((m) => m[1]!);
}

/** The URL of a merged stylesheet, named by its content as Astro names its bundles (the service worker keeps a file by its name). */
export function mergedUrl(css: string): string {
  return `/_astro/page.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
}

/**
 * The page with its stylesheets replaced by one (`url`), linked where the first one was. Astro splits a
 * page's CSS by who imports it (the layout's, the shared controls', the page's own), and each file is
 * compressed on its own: one file per kind of page sends every name the design system repeats
 * (`var(--utrecht-…)`) once. On a lesson that is about 900 B gzip of its first visit (issue 22's 14 KB),
 * for which a learner going from a lesson to a case page downloads the layout's CSS once more.
 */
export function withOneStylesheet(html: string, url: string): string {
  return withStylesheetsAs(html, `<link rel="stylesheet" href="${url}">`);
}

/** The page with its linked stylesheets dropped and `element` where the first one was. */
function withStylesheetsAs(html: string, element: string): string {
  let first = true;
  return html.replace(stylesheet, () => {
    if (!first) return '';
    first = false;
    return element;
  });
}

/**
 * Whether a page takes a click while it loads (a case page: early-choice.ts). Such a page carries its CSS
 * itself: a linked stylesheet blocks the first paint until it is in, which on slow 4G is a second round
 * trip (0.6 s) after the HTML, shared with the page's scripts. The CSS is then not cached across pages:
 * about 4 KB gzip more on each later case page.
 */
export function carriesItsCss(html: string): boolean {
  return html.includes('<script data-early>');
}

/** The page with its stylesheets replaced by the CSS itself, where the first one was linked. */
export function withInlineCss(html: string, css: string): string {
  if (/<\/style/i.test(css))
    throw new Error('merged-page-css: the CSS holds "</style", which would end its element');
  return withStylesheetsAs(html, `<style>${css}</style>`);
}

/**
 * The stylesheets a page links (`urls`) without those that come with a lazily loaded chunk: Astro links
 * on the page every stylesheet its islands can reach, through `import()` too (withastro/astro#9495),
 * but the chunk that imports one brings it itself, when it loads (lean-preload-helper.ts). On a case
 * page: the CSS of the result, looking back and the attempts (src/styles/player-later.css).
 */
export function withoutLazyStylesheets(urls: readonly string[], html: string, dist: string): string[] {
  const lazy = new Set(lazyStylesheets(dist, withImports(dist, htmlAssets(html).js, { dynamic: true })));
  return urls.filter((url) => !lazy.has(url));
}

/** The stylesheets joined in the order the page links them, so the cascade is the same. */
export function joinedCss(urls: readonly string[], read: (url: string) => string): string {
  return urls.map((url) => read(url).trim()).join('\n');
}

/**
 * The CSS without the design-system rules that need a utrecht class none of `pages` (their markup, and
 * every script they can load) names. The build already dropped the rules no file in src/ names; a
 * merged file serves one kind of page, so it can drop what only other kinds use (on a lesson: the
 * button link, the sorting button, the wijzer's fieldsets).
 */
export function withoutRulesOtherPagesUse(css: string, pages: readonly string[], dist: string): string {
  const used = new Set<string>();
  for (const html of pages) {
    addUtrechtClasses(html, used);
    for (const url of withImports(dist, htmlAssets(html).js, { dynamic: true }))
      addUtrechtClasses(readAsset(dist, url).toString('utf8'), used);
  }
  return postcss([unusedDesignSystemRules(used)]).process(css, { from: undefined }).css;
}

/**
 * Links every built page with two stylesheets or more, or with one a lazy chunk brings, to one (after
 * the build, before the preloads and the service worker); a page that carries its CSS gets it inline.
 */
export function mergedPageCss(): AstroIntegration {
  return {
    name: 'meldcode:merged-page-css',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const read = (url: string) => readFileSync(join(dist, url), 'utf8');
        // The pages that link the same stylesheets, in the same order, share one file.
        const groups = new Map<string, { urls: string[]; pages: { file: string; html: string }[] }>();
        for (const { file, html } of builtHtml(dist)) {
          const linked = linkedStylesheets(html);
          const urls = withoutLazyStylesheets(linked, html, dist);
          if (urls.length < 2 && urls.length === linked.length && !carriesItsCss(html)) continue;
          const key = urls.join(' ');
          if (!groups.has(key)) groups.set(key, { urls, pages: [] });
          groups.get(key)!.pages.push({ file, html });
        }
        for (const { urls, pages } of groups.values()) {
          const css = withoutRulesOtherPagesUse(
            joinedCss(urls, read),
            pages.map((page) => page.html),
            dist,
          );
          const url = mergedUrl(css);
          if (pages.some((page) => !carriesItsCss(page.html))) writeFileSync(join(dist, url), css);
          for (const { file, html } of pages)
            writeFileSync(
              file,
              carriesItsCss(html) ? withInlineCss(html, css) : withOneStylesheet(html, url),
            );
        }
      },
    },
  };
}
