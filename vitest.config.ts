import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's *.spec.ts files under tests/e2e are run by Playwright.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.{test,spec}.ts'],
  },
});
