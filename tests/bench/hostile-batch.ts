import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostileBatch, type BatchCounts } from '../fixtures/certificates/hostile-batch.ts';
import type { BenchRow, BenchSection } from './bench-section.ts';

// `npm run verify` on 10,000 mixed files (valid, tampered, hostile: hostile-batch.ts) in its own Node
// with --max-old-space-size=512, as the issue asks: the time, the peak memory (resident, from the
// process itself: report-peak-memory.ts), and whether every file got its line. Then the hostile
// files alone, for what one costs on average. Measures, never asserts.

/** One run of the CLI over a batch of `counts`: its row. */
function runBatch(root: string, label: string, counts: BatchCounts): BenchRow {
  const work = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  try {
    const dir = join(work, 'bewijzen');
    const total = writeHostileBatch(dir, counts);
    const peakFile = join(work, 'peak');
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--import', join(root, 'tests/bench/report-peak-memory.ts'), join(root, 'modules/cli/verify.ts'), dir],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: {
          ...process.env,
          INIT_CWD: root,
          NODE_OPTIONS: '--max-old-space-size=512',
          PEAK_MEMORY_FILE: peakFile,
        },
      },
    );
    const ms = performance.now() - start;
    const lines = result.stdout.trimEnd().split('\n').filter(Boolean).length;
    let peak = NaN;
    try {
      peak = Number(readFileSync(peakFile, 'utf8')) / 1024;
    } catch {
      // No peak written: the process died before its exit handler ran (the row says so).
    }
    return {
      batch: label,
      files: total,
      'lines printed': lines,
      'every file reported': lines === total ? 'ja' : 'NEE',
      'exit code': result.status ?? `signal ${result.signal}`,
      'time (s)': Number((ms / 1000).toFixed(1)),
      'ms per file': Number((ms / total).toFixed(2)),
      'peak memory (MB)': Number.isNaN(peak) ? 'onbekend' : Math.round(peak),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const hostileBatch: BenchSection = {
  name: 'hostile batch (npm run verify, 10,000 mixed files, --max-old-space-size=512)',
  run: ({ root }) => [
    runBatch(root, '7,000 valid, 1,500 tampered, 1,500 hostile', {
      valid: 7000,
      tampered: 1500,
      hostile: 1500,
    }),
    runBatch(root, '900 hostile only (100 of each kind)', { valid: 0, tampered: 0, hostile: 900 }),
  ],
};
