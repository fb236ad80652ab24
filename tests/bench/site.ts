import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';
import { PAGE_BUDGET_GZIP } from './page-budgets.ts';
import { measurePage, type PageWeight } from './page-weight.ts';

const BUILDS = 3;
const TYPE_ORDER = [
  'home',
  'beroepsgroep',
  'lesson',
  'casus',
  'leertafel',
  'handout',
  'naslag',
  'wijzer',
  'over',
  'zoeken',
  'voortgang',
  'organisatie',
  '404',
  'other',
];

/** URL path → HTML file for every page in dist/. */
export function builtPages(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return new Map(
    files.map((file) => {
      const path = ('/' + file.split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');
      return [path, join(dist, file)];
    }),
  );
}

/** Wall time of `astro build` (median of 3, no install), run with the Node that runs the bench. */
export const siteBuild: BenchSection = {
  name: 'site build',
  run({ root }) {
    const astro = join(root, 'node_modules/astro/bin/astro.mjs');
    const seconds = Array.from({ length: BUILDS }, () => {
      const start = performance.now();
      const result = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
      return (performance.now() - start) / 1000;
    });
    return [
      {
        builds: BUILDS,
        'median s': Number(median(seconds).toFixed(2)),
        'all s': seconds.map((s) => s.toFixed(2)).join(' / '),
        pages: builtPages(join(root, 'dist')).size,
      },
    ];
  },
};

/** Per page type: the heaviest page's first-visit bytes (HTML + CSS + JS), raw and gzip, beside its budget. */
export const siteWeight: BenchSection = {
  name: 'first visit per page type (heaviest page of each type; bytes)',
  run({ root }) {
    const dist = join(root, 'dist');
    const weights = [...builtPages(dist)].map(([path, file]) => measurePage(dist, path, file));
    const byType = Map.groupBy(weights, (w) => w.type);
    const rank = (type: string) => TYPE_ORDER.indexOf(type);
    return [...byType]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([type, pages]): BenchRow => {
        const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
        const { html, css, js, raw, gzip, htmlCssGzip, jsGzip, path } = heaviest satisfies PageWeight;
        return {
          type,
          pages: pages.length,
          html,
          css,
          js,
          raw,
          gzip,
          'budget gzip': PAGE_BUDGET_GZIP[type] ?? '–',
          'html+css gzip': htmlCssGzip,
          'js gzip': jsGzip,
          'heaviest page': path,
        };
      });
  },
};
