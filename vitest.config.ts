import { defineConfig } from 'vitest/config';

// Two projects; Playwright's *.spec.ts files under tests/e2e are run by Playwright.
// - unit: tests/unit, run by `npm run test:unit` (part of `npm test`);
// - bench: the tests of the bench harness in tests/bench/harness, run by `npm run test:bench`.
// `npx vitest run` runs both; `--project unit` or `--project bench` one.
export default defineConfig({
  test: {
    // A few tests start Node processes (one smoke test per CLI, runSteps); on a busy 2-core machine
    // that can take seconds each.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.{test,spec}.ts'] } },
      { extends: true, test: { name: 'bench', include: ['tests/bench/harness/**/*.test.ts'] } },
    ],
  },
});
