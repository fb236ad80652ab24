import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's *.spec.ts files under tests/e2e are run by Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.{test,spec}.ts'],
    // The CLI tests start Node processes; on a busy 2-core machine that can take seconds each.
    testTimeout: 30_000,
  },
});
