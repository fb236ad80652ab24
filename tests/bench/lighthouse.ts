import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../e2e/static-server.ts';
import type { BenchRow, BenchSection } from './bench-section.ts';
import { benchPages } from './bench-pages.ts';

/**
 * Lighthouse is run with npx at a pinned version rather than installed: only this bench section uses
 * it, and it would add some 150 packages to every `npm ci` of the test suite. The first run downloads it.
 */
const LIGHTHOUSE = 'lighthouse@13.5.0';

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function lighthouse(url: string, output: string): Promise<void> {
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse failed:\n${stderr}`)),
    );
  });
}

/**
 * Lighthouse (mobile: its default emulated phone, slow 4G and 4× CPU, simulated) for the home page, a
 * lesson and a case page of dist/, served gzipped on 127.0.0.1. Category scores out of 100 and the
 * main timings in ms.
 */
export const lighthouseMobile: BenchSection = {
  name: 'lighthouse mobile',
  async run({ root }) {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const server = await serveStatic(dist, { gzip: true });
    const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    try {
      const rows: BenchRow[] = [];
      for (const { type, path } of benchPages(dist)) {
        const output = join(dir, `${type}.json`);
        await lighthouse(server.url + path, output);
        const { categories, audits } = JSON.parse(readFileSync(output, 'utf8')) as Report;
        const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
        const ms = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
        rows.push({
          page: type,
          path,
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best practices': score('best-practices'),
          seo: score('seo'),
          FCP: ms('first-contentful-paint'),
          LCP: ms('largest-contentful-paint'),
          TBT: ms('total-blocking-time'),
          CLS: (audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
          'KB transferred': ((audits['total-byte-weight']?.numericValue ?? NaN) / 1024).toFixed(1),
        });
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  },
};
