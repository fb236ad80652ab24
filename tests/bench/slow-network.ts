import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../e2e/static-server.ts';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';
import { benchPages } from './bench-pages.ts';
import { FIRST_CHOICE_BUDGET_MS } from './page-budgets.ts';

const RUNS = 3;

/**
 * Chrome DevTools' "Slow 4G" preset (the profile of the comparison in issue 8: Adapt 6.3 s, Starlight
 * 1.2 s), with the CPU slowed 4× as Lighthouse does for a mid-range phone.
 */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

interface Visit {
  bytes: number;
  fcp: number;
  load: number;
  /** Case pages: when the player's island is hydrated, so a click on a choice is taken. */
  interactive?: number;
}

/** One first visit (empty cache, as a new learner) on the slow profile; times in ms from navigation start. */
async function visit(page: Page, url: string, waitForIsland: boolean): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  let interactive: number | undefined;
  if (waitForIsland) {
    // Astro removes `ssr` from an island once it is hydrated; then the first choice is taken.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, {
      timeout: 120_000,
    });
    interactive = await page.evaluate(() => performance.now());
  }
  const { fcp, load } = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { fcp: paint?.startTime ?? NaN, load: nav.loadEventEnd };
  });
  await cdp.detach();
  return { bytes, fcp, load, interactive };
}

/**
 * A first visit to the home page, a lesson and a case page over emulated slow 4G, from a local server
 * that gzips as a CDN does: bytes transferred, first contentful paint, load, and for a case page the
 * time until it accepts its first choice. Median of 3 fresh browser contexts each. Reads dist/.
 */
export const slowNetwork: BenchSection = {
  name: 'slow 4G first visit (ms, median of 3)',
  async run({ root }) {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const server = await serveStatic(dist, { gzip: true });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const rows: BenchRow[] = [];
      for (const { type, path } of benchPages(dist)) {
        const visits: Visit[] = [];
        for (let run = 0; run < RUNS; run++) {
          const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
          visits.push(await visit(await context.newPage(), server.url + path, type === 'casus'));
          await context.close();
        }
        const mid = (pick: (v: Visit) => number | undefined) => {
          // A run may miss an entry (no first-contentful-paint when the page painted before it was observed).
          const values = visits.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
          return values.length ? Math.round(median(values)) : '–';
        };
        rows.push({
          page: type,
          path,
          'KB transferred': Number((mid((v) => v.bytes) as number) / 1024).toFixed(1),
          'first contentful paint': mid((v) => v.fcp),
          load: mid((v) => v.load),
          'first choice accepted': mid((v) => v.interactive),
          ...(type === 'casus' ? { 'first choice budget': FIRST_CHOICE_BUDGET_MS } : {}),
        });
      }
      return rows;
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
