import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  authoringLeaks,
  bundleEntry,
  formatLeak,
  inputName,
  packageOf,
} from '../../../tests/bench/case-run-bundle.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Every page that records or shows progress loads this code: a lesson page may ship about 15 KB gzip of
// JavaScript in all, so zod (25–93 KB) and the case machine (xstate, 21 KB) must stay out.
const PROGRESS_ENTRY = [
  "export { createLocalStore } from './src/storage/local-store.ts';",
  "export { readState, updateProgress } from './src/storage/update-progress.ts';",
  "export * from './modules/progress/progress-changes.ts';",
  "export * from './modules/course/module-status.ts';",
  "export * from './modules/progress/resume-point.ts';",
  "export * from './modules/progress/progress-file.ts';",
  "export { scoreSteps } from './modules/scoring/score-steps.ts';",
  "export { isRightAnswer } from './modules/lesson/grade-answer.ts';",
].join('\n');

describe('the progress code pages load', () => {
  it('holds no zod, no xstate and no authoring code, and stays small', async () => {
    const { code, metafile } = await bundleEntry(root, PROGRESS_ENTRY);
    expect(authoringLeaks(metafile).map(formatLeak)).toEqual([]);
    const packages = Object.keys(metafile.inputs).map((input) => packageOf(inputName(input)));
    expect(packages.filter((name) => name !== null)).toEqual([]);
    expect(gzipSync(code).length).toBeLessThan(6_000);
  });
});
