import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVerifyContext } from '../../modules/authoring/module-archive-files.ts';
import { createVerifier } from '../../modules/certificate/verify-certificate.ts';
import {
  batchBytes,
  hostileBatch,
  writeHostileBatch,
  type BatchCounts,
} from '../fixtures/certificates/hostile-batch.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { median, type BenchRow, type BenchSection } from './bench-section.ts';
import { timeOnce } from './organisation-page.ts';

// The goal for the organisation page: 10,000 mixed files (valid, tampered, hostile:
// hostile-batch.ts) in at most 15 s, the tab under 500 MB, in Chromium with its heaps held to 512 MB;
// and no hostile file costing more than 100 ms. Measures and prints beside the goal, never asserts.
// The page's batch runs RUNS times in fresh browsers: the median beside the goal, every run's time after.

const GOAL_S = 15;
const GOAL_MB = 500;
const GOAL_MS = 100;
const BATCH: BatchCounts = { valid: 7000, tampered: 1500, hostile: 1500 };
const RUNS = 3;

async function pageRows(root: string): Promise<BenchRow[]> {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'organisatie', 'controlearchief.json')))
    return [{ note: 'no dist/organisatie/ — run `npm run build` first' }];
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-page-'));
  const server = await serveStatic(dist);
  try {
    const total = writeHostileBatch(dir, BATCH);
    const files = readdirSync(dir).map((name) => join(dir, name));
    const runs = [];
    for (let run = 0; run < RUNS; run++)
      runs.push(await timeOnce(server.url, files, ['--js-flags=--max-old-space-size=512']));
    const t = runs.toSorted((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
    const reported = runs.map((r) => Number(/^Klaar: ([\d.]+) /.exec(r.finished)?.[1]?.replace(/\./g, '')));
    return [
      {
        batch: `${BATCH.valid.toLocaleString('en')} valid, ${BATCH.tampered.toLocaleString('en')} tampered, ${BATCH.hostile.toLocaleString('en')} hostile`,
        files: total,
        workers: t.workers,
        'to the register, s (median)': Number((t.ms / 1000).toFixed(1)),
        'goal, s': `≤ ${GOAL_S}`,
        'all runs, s': runs.map((r) => (r.ms / 1000).toFixed(1)).join(' / '),
        'CPU s: page + workers / browser': `${t.rendererCpuS.toFixed(1)} / ${t.otherCpuS.toFixed(1)}`,
        'tab peak memory, MB (worst)': Math.round(Math.max(...runs.map((r) => r.tabPeakMb))),
        'goal, MB': `< ${GOAL_MB}`,
        'every file reported': reported.every((n) => n === total) ? 'ja' : 'NEE',
        'longest main-thread task, ms': Math.round(t.longestTaskMs),
        result: t.finished,
      },
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each kind of file of the batch, verified one at a time in Node: its CPU time (steady on a busy
 * machine) as median and worst of 9 runs, and the worst wall-clock time.
 */
async function perFileRows(root: string): Promise<BenchRow[]> {
  const { context } = loadVerifyContext(root);
  const verifier = createVerifier(context);
  const rows: BenchRow[] = [];
  for (const file of hostileBatch({ valid: 2, tampered: 3, hostile: 9 })) {
    const bytes = batchBytes(file);
    await verifier.verify(new Blob([bytes as Uint8Array<ArrayBuffer>])); // archives loaded, JIT warm
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let run = 0; run < 9; run++) {
      const [cpuStart, wallStart] = [process.cpuUsage(), performance.now()];
      await verifier.verify(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - wallStart);
    }
    rows.push({
      file: file.name.replace(/^\d+-/, '').replace(/^geldig-\d+/, 'geldig'),
      'CPU ms, median': Number(median(cpu).toFixed(1)),
      'CPU ms, worst': Number(Math.max(...cpu).toFixed(1)),
      'wall ms, worst': Number(Math.max(...wall).toFixed(1)),
      'goal, ms': `≤ ${GOAL_MS}`,
    });
  }
  const worst = (key: string) => rows.reduce((a, b) => ((b[key] as number) > (a[key] as number) ? b : a));
  const cpu = worst('CPU ms, worst');
  const wall = worst('wall ms, worst');
  rows.push({
    file: `worst case: ${cpu.file} (CPU), ${wall.file} (wall)`,
    'CPU ms, worst': cpu['CPU ms, worst'],
    'wall ms, worst': wall['wall ms, worst'],
    'goal, ms': `≤ ${GOAL_MS}`,
  });
  return rows;
}

export const hostilePage: BenchSection = {
  name: 'hostile batch on the page (Chromium, 10,000 mixed files, --js-flags=--max-old-space-size=512)',
  run: ({ root }) => pageRows(root),
};

export const hostilePerFile: BenchSection = {
  name: 'hostile batch, cost per file (Node, one verifier, one core)',
  run: ({ root }) => perFileRows(root),
};
