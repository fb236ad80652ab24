import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { loadContent } from '../../modules/authoring/load-content.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';
import { benchCertificates, contextFor, sixCaseModule } from './certificates.ts';

// The organisation page in a real browser (system Chromium): the time from choosing 1,000 certificates
// of a six-case module to the finished register (live region "Klaar: …", table drawn), verified by the
// page's Web Workers. The certificates are made in Node with the project's own code; a copy of dist/
// serves an archive that also knows the six-case module (no real module has six cases yet).

const COUNT = 1_000;
const RUNS = 3;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Timing {
  ms: number;
  longestTaskMs: number;
  workers: number;
  finished: string;
  /** The highest peak resident memory of a renderer process (the tab, its workers included), MB. */
  tabPeakMb: number;
  /**
   * CPU seconds while the files were chosen and checked: the renderer (page and workers), and the
   * browser's other processes (which hand the files over). Steadier than the time on a busy machine.
   */
  rendererCpuS: number;
  otherCpuS: number;
}

/** A copy of dist/ whose verify archive also holds the six-case module's edition. */
async function siteCopy(root: string, module: ReturnType<typeof sixCaseModule>): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'bench-organisatie-'));
  cpSync(join(root, 'dist'), copy, { recursive: true });
  const file = join(copy, 'organisatie', 'controlearchief.json');
  const archive = JSON.parse(readFileSync(file, 'utf8')) as { modules: unknown[] };
  const { modules } = await contextFor(root, module);
  archive.modules.push(...modules);
  writeFileSync(file, JSON.stringify(archive));
  return copy;
}

interface ProcessInfo {
  type: string;
  id: number;
  cpuTime: number;
}

/** The browser's processes (type, pid, CPU seconds so far), from Chromium itself. */
async function processes(browser: Browser): Promise<ProcessInfo[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    return ((await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] }).processInfo;
  } finally {
    await cdp.detach();
  }
}

/** CPU seconds of the renderer processes (the page and its Web Workers) and of all the others. */
const cpuSeconds = (list: ProcessInfo[]) => ({
  renderer: list.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0),
  other: list.filter((p) => p.type !== 'renderer').reduce((sum, p) => sum + p.cpuTime, 0),
});

/**
 * The highest peak resident memory (VmHWM) of the renderer processes, in MB: the page and its Web
 * Workers share one. Linux only (/proc); NaN elsewhere.
 */
function rendererPeakMb(list: ProcessInfo[]): number {
  try {
    const peaks = list
      .filter((p) => p.type === 'renderer')
      .map((p) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1]));
    return Math.max(...peaks) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * Opens the page, chooses the files and waits for "Klaar"; times it inside the page. `args` are more
 * flags for Chromium (such as a heap limit).
 */
export async function timeOnce(url: string, files: string[], args: string[] = []): Promise<Timing> {
  const browser = await chromium.launch({
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', ...args],
  });
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(`${url}/organisatie/`);
    const input = page.getByLabel(/^Kies bestanden/);
    await input.evaluate((element) => {
      const w = window as unknown as { bench: { start: number; end: number; longest: number; text: string } };
      w.bench = { start: 0, end: 0, longest: 0, text: '' };
      element.addEventListener('change', () => (w.bench.start = performance.now()), { capture: true });
      new PerformanceObserver((list) => {
        // Tasks that start after the files were chosen: choosing 1,000 files is the browser's own work.
        for (const entry of list.getEntries())
          if (
            w.bench.start &&
            entry.startTime >= w.bench.start &&
            (!w.bench.end || entry.startTime < w.bench.end)
          )
            w.bench.longest = Math.max(w.bench.longest, entry.duration);
      }).observe({ type: 'longtask' });
      const status = document.querySelector('.announce')!;
      new MutationObserver(() => {
        if (status.textContent?.startsWith('Klaar') && !w.bench.end) {
          w.bench.end = performance.now();
          w.bench.text = status.textContent;
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const before = cpuSeconds(await processes(browser));
    await input.setInputFiles(files);
    await page.waitForFunction(() => (window as unknown as { bench: { end: number } }).bench.end > 0, null, {
      timeout: 300_000,
    });
    const after = await processes(browser);
    const cpu = cpuSeconds(after);
    const tabPeakMb = rendererPeakMb(after);
    const timing = await page.evaluate(() => {
      const { start, end, longest, text } = (
        window as unknown as { bench: { start: number; end: number; longest: number; text: string } }
      ).bench;
      return {
        ms: end - start,
        longestTaskMs: longest,
        workers: Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)),
        finished: text,
      };
    });
    return {
      ...timing,
      tabPeakMb,
      rendererCpuS: cpu.renderer - before.renderer,
      otherCpuS: cpu.other - before.other,
    };
  } finally {
    await browser.close();
  }
}

export async function organisationPageRows(root: string, count = COUNT, runs = RUNS): Promise<BenchRow[]> {
  if (!existsSync(join(root, 'dist', 'organisatie', 'controlearchief.json')))
    return [{ note: 'no dist/organisatie/ — run `npm run build` first' }];
  const module = sixCaseModule(loadContent(root));
  const site = await siteCopy(root, module);
  const folder = mkdtempSync(join(tmpdir(), 'bench-bewijzen-'));
  const server = await serveStatic(site);
  try {
    const { json, pdf } = await benchCertificates(module, count);
    const rows: BenchRow[] = [];
    for (const [input, contents, extension] of [
      ['JSON', json, 'json'],
      ['PDF', pdf, 'pdf'],
    ] as const) {
      const files = contents.map((content, i) => {
        const file = join(folder, `bewijs-${i + 1}.${extension}`);
        writeFileSync(file, content);
        return file;
      });
      const timings: Timing[] = [];
      for (let run = 0; run < runs; run++) timings.push(await timeOnce(server.url, files));
      const ms = median(timings.map((t) => t.ms));
      rows.push({
        input: `${count.toLocaleString('en')} × ${input}`,
        workers: timings[0]!.workers,
        'to the register, s (median of 3)': Number((ms / 1000).toFixed(2)),
        'runs, s': timings.map((t) => (t.ms / 1000).toFixed(2)).join(' / '),
        'verifications/s': Math.round((count * 1000) / ms),
        'longest main-thread task, ms': Math.round(Math.max(...timings.map((t) => t.longestTaskMs))),
        'tab peak memory, MB': Math.round(Math.max(...timings.map((t) => t.tabPeakMb))),
        result: timings[0]!.finished,
      });
    }
    return rows;
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}

export const organisationPage: BenchSection = {
  name: 'organisation page (Chromium, 1,000 certificates of a six-case module, Web Workers)',
  run: ({ root }) => organisationPageRows(root),
};
