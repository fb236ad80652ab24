import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../e2e/static-server.ts';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';
import { benchPages } from './bench-pages.ts';
import { FIRST_CHOICE_BUDGET_MS } from './page-budgets.ts';
import { selfSignedCertificate } from './self-signed.ts';
import { emptyProgress } from '../../modules/progress/progress.ts';
import { PROGRESS_KEY } from '../../src/storage/progress-keys.ts';

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
  /** What the page came over: `http/1.1` or `h2`. */
  protocol: string;
  bytes: number;
  fcp: number;
  load: number;
  /** Case pages: when a choice of the first moment is on screen and takes a press. */
  interactive?: number;
  /** Case pages: when the feedback on that choice, pressed at once, is on screen. */
  feedback?: number;
}

/**
 * A choice of the case player that takes a press: a shown button of the first moment (src/islands/
 * PlayerMoment.tsx). Until the page knows that no attempt is stored the list is hidden; once it is
 * shown, a press is taken before the player has woken too (early-choice.ts).
 */
const CHOICE = '.player-choices ul:not([hidden]) button';
/** The feedback on a choice, with the choice it is about (src/islands/PlayerFeedback.tsx). */
const FEEDBACK = '.player-feedback .player-chosen';

interface Pressed {
  choiceAt?: number;
  paintAt?: number;
  label?: string;
  feedbackAt?: number;
  feedback?: string;
}

/**
 * Presses the first choice in the page, as a learner would at the first moment they can: once a choice
 * is there and the page has painted. Notes when that was, and when the feedback came. In the page, as
 * it happens: polling from the test would add its own round trips (about 150 ms at 4× CPU slowdown).
 */
function pressFirstChoice({ choice, feedback }: { choice: string; feedback: string }) {
  const pressed: Pressed = ((window as unknown as { pressed: Pressed }).pressed = {});
  const painted = new Promise<number>((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true }),
  );
  new MutationObserver((_, observer) => {
    const button = document.querySelector<HTMLButtonElement>(choice);
    if (!button) return;
    observer.disconnect();
    pressed.choiceAt = performance.now();
    void painted.then((paintAt) => {
      pressed.paintAt = paintAt;
      pressed.label = button.textContent ?? '';
      button.click();
      new MutationObserver((_, after) => {
        const chosen = document.querySelector(feedback);
        if (!chosen) return;
        after.disconnect();
        pressed.feedbackAt = performance.now();
        pressed.feedback = chosen.textContent ?? '';
      }).observe(document, { subtree: true, childList: true });
    });
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * One first visit (empty cache, as a new learner) on the slow profile; times in ms from navigation start.
 * With `stored`, the browser holds that progress record already, as after a lesson's knowledge check.
 */
async function visit(page: Page, url: string, waitForChoice: boolean, stored: string | null): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let protocol = '?';
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Document') protocol = event.response.protocol ?? '?';
  });
  if (stored !== null)
    await page.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key!) === null) localStorage.setItem(key!, value!);
      },
      [PROGRESS_KEY, stored],
    );
  if (waitForChoice) await page.addInitScript(pressFirstChoice, { choice: CHOICE, feedback: FEEDBACK });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  let interactive: number | undefined;
  let feedback: number | undefined;
  if (waitForChoice) {
    await page.waitForSelector(FEEDBACK, { timeout: 120_000 });
    const pressed = await page.evaluate(() => (window as unknown as { pressed: Required<Pressed> }).pressed);
    // The feedback must be on the choice pressed: a press that was lost or taken wrongly is no figure.
    if (!pressed.feedback.includes(pressed.label))
      throw new Error(`pressed "${pressed.label}", but the feedback is on: ${pressed.feedback}`);
    interactive = Math.max(pressed.choiceAt, pressed.paintAt);
    feedback = pressed.feedbackAt;
  }
  const { fcp, load } = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { fcp: paint?.startTime ?? NaN, load: nav.loadEventEnd };
  });
  await cdp.detach();
  return { protocol, bytes, fcp, load, interactive, feedback };
}

/** How each protocol is served: the bench's own HTTP/1.1 server, and HTTP/2 over TLS as a CDN serves. */
const PROTOCOLS = [
  { label: 'HTTP/1.1', expect: 'http/1.1', tls: false },
  { label: 'HTTP/2', expect: 'h2', tls: true },
] as const;

/**
 * A first visit to the home page, a lesson and a case page over emulated slow 4G, from a local server
 * that gzips as a CDN does: bytes transferred, first contentful paint, load, and for a case page the
 * time until it takes its first choice (a choice on screen that takes a press), and when the feedback on
 * that choice, pressed at once, is there (the player has woken and the case run has judged it). Median
 * of 3 fresh browser contexts each, over HTTP/1.1 and over HTTP/2 side by side. Reads dist/.
 *
 * The first-choice budget (issue 22) is judged on HTTP/2: static hosts and CDNs, where the site is
 * deployed (README, Deploy), serve HTTP/2, which sends every file of a page over one connection at once.
 * Over HTTP/1.1 a browser opens at most 6 connections to a host, so a page's files beyond 6 wait for a
 * free one: on this profile each such wave costs another 562.5 ms of latency. The HTTP/1.1 column is the
 * worst case (an old proxy or a server without HTTP/2), kept to show what each file more costs.
 */
export const slowNetwork: BenchSection = {
  name: 'slow 4G first visit (ms, median of 3)',
  async run({ root }) {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const tls = selfSignedCertificate();
    const servers = await Promise.all(
      PROTOCOLS.map((protocol) => serveStatic(dist, { gzip: true, ...(protocol.tls ? { tls } : {}) })),
    );
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The HTTP/2 server's certificate is made for this run (self-signed.ts).
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
    });
    try {
      const rows: BenchRow[] = [];
      // A case page twice: as a new learner opens it, and with progress stored (from a lesson, say): then
      // it shows its choices once the player has read that progress (early-choice.ts), with no budget.
      const stored = JSON.stringify(emptyProgress());
      const pages = benchPages(dist).flatMap(({ type, path }) =>
        type === 'casus'
          ? [
              { type, path, stored: null },
              { type: 'casus, progress stored', path, stored },
            ]
          : [{ type, path, stored: null }],
      );
      for (const { type, path, stored } of pages) {
        const row: BenchRow = { page: type, path };
        for (const [i, { label, expect }] of PROTOCOLS.entries()) {
          const visits: Visit[] = [];
          for (let run = 0; run < RUNS; run++) {
            const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
            visits.push(
              await visit(await context.newPage(), servers[i]!.url + path, type.startsWith('casus'), stored),
            );
            await context.close();
          }
          const wrong = visits.find((v) => v.protocol !== expect);
          if (wrong) throw new Error(`the ${label} runs came over ${wrong.protocol}, not ${expect}`);
          const mid = (pick: (v: Visit) => number | undefined) => {
            // A run may miss an entry (no first-contentful-paint when the page painted before it was observed).
            const values = visits.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
            return values.length ? Math.round(median(values)) : '–';
          };
          Object.assign(row, {
            [`KB ${label}`]: Number((mid((v) => v.bytes) as number) / 1024).toFixed(1),
            [`first contentful paint ${label}`]: mid((v) => v.fcp),
            [`load ${label}`]: mid((v) => v.load),
            [`first choice ${label}`]: mid((v) => v.interactive),
            [`its feedback ${label}`]: mid((v) => v.feedback),
          });
        }
        if (type === 'casus') row['first choice budget (HTTP/2)'] = FIRST_CHOICE_BUDGET_MS;
        rows.push(row);
      }
      return rows;
    } finally {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
    }
  },
};
