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

// Issuing a certificate and an LMS package's launch page judge a module from its course module (each
// case as its verify table): neither may build the case machine.
describe('issuing and the LMS launch page', () => {
  for (const [name, entry] of [
    ['issuing a certificate', "export * from './src/islands/issue-certificate.ts';"],
    ['the launch page', "export * from './src/storage/lms-launch.ts';"],
  ])
    it(`${name} loads no xstate`, async () => {
      const { metafile } = await bundleEntry(root, entry);
      const packages = Object.keys(metafile.inputs).map((input) => packageOf(inputName(input)));
      expect(packages).not.toContain('xstate');
      expect(packages.length).toBeGreaterThan(0); // it does bundle packages (pdf-lib, scorm-again…)
    });
});
