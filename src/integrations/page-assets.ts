import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

// What a built page loads on a first visit: used by the service worker's precache list and the bench.

/** Every built HTML page in `dist`: its file (absolute) and its text, as the build wrote it. */
export function* builtHtml(dist: string): Generator<{ file: string; html: string }> {
  for (const page of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!page.endsWith('.html')) continue;
    const file = join(dist, page);
    yield { file, html: readFileSync(file, 'utf8') };
  }
}

/** Root-relative URLs of the stylesheets and scripts an HTML page loads itself. */
export function htmlAssets(html: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:link|script|astro-island)\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
    const href = attr('href');
    if (tag.startsWith('<link') && href && /\brel="stylesheet"/.test(tag)) css.add(href);
    if (tag.startsWith('<link') && href && /\brel="modulepreload"/.test(tag)) js.add(href);
    const src = tag.startsWith('<script') ? attr('src') : undefined;
    if (src) js.add(src);
    for (const name of ['component-url', 'renderer-url']) {
      const url = tag.startsWith('<astro-island') ? attr(name) : undefined;
      if (url) js.add(url);
    }
  }
  return { css: [...css], js: [...js] };
}

/** Specifiers of the static imports and re-exports in a built JavaScript chunk. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const [, specifier] of code.matchAll(pattern)) if (specifier) found.add(specifier);
  return [...found];
}

/** Specifiers of the `import()` calls in a built chunk: what it may load later. */
export function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*[`"']([^`"'$]+)[`"']\s*\)/g)].map(([, s]) => s!))];
}

/**
 * The JavaScript a page loads: its own scripts and islands plus every chunk they import statically,
 * and with `dynamic` also what they may `import()` later (except chunks that `skip` matches).
 */
export function withImports(
  dist: string,
  entries: string[],
  { dynamic = false, skip = /$^/ }: { dynamic?: boolean; skip?: RegExp } = {},
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url) || !url.startsWith('/') || skip.test(url)) continue;
    seen.add(url);
    const code = readAsset(dist, url).toString('utf8');
    for (const specifier of [...staticImports(code), ...(dynamic ? dynamicImports(code) : [])]) {
      if (specifier.startsWith('.')) queue.push(posix.join(posix.dirname(url), specifier));
      else if (specifier.startsWith('/')) queue.push(specifier);
    }
  }
  return [...seen];
}

/** The file list of Vite's `__vite__mapDeps` in a built chunk: what its `import()` calls preload with them. */
const PRELOAD_DEPS = /\bm\.f=\[([^\]]*)\]/g;

/**
 * Root-relative URLs of the stylesheets the chunks (`scripts`, root-relative) link when they load a lazy
 * chunk: Vite lists a lazy chunk's CSS among the files its importer preloads, and the preload helper
 * links it and waits for it before the chunk runs (lean-preload-helper.ts). A list names its files from
 * the site's root (`_astro/x.css`), or relative to the chunk (`./x.css`) in a build with relative URLs.
 */
export function lazyStylesheets(dist: string, scripts: string[]): string[] {
  const found = new Set<string>();
  for (const url of scripts)
    for (const [, list] of readAsset(dist, url).toString('utf8').matchAll(PRELOAD_DEPS))
      for (const [, dep] of list!.matchAll(/["'`]([^"'`]+\.css)["'`]/g))
        found.add(
          dep!.startsWith('.') ? posix.join(posix.dirname(url), dep!) : `/${dep!.replace(/^\//, '')}`,
        );
  return [...found];
}

/** A built file by its root-relative URL; throws when the build does not hold it. */
export function readAsset(dist: string, url: string): Buffer {
  const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  if (!existsSync(file)) throw new Error(`${url} is referenced but not in dist/`);
  return readFileSync(file);
}
