import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { pageRoutes, pageTypes } from './page-types.ts';

// One page of every page type and variant, axe in light and dark mode (page-types.ts says why one page
// stands for its type). `npm run test:pages` scans every page (all-pages.axe.ts); `.ci/run` runs it too.

const types = pageTypes();

test('every page in src/pages builds at least one page, so every page type has a sample', () => {
  const sampled = new Set(types.map((type) => type.route));
  expect(pageRoutes().filter((route) => !sampled.has(route))).toEqual([]);
});

for (const [route, variants] of Map.groupBy(types, (type) => type.route)) {
  const samples = variants.map((variant) => variant.paths[0]!);
  test(`${route}: ${samples.length} sample(s) have no WCAG 2.2 AA violations, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + samples.length * 25_000);
    const found: string[] = [];
    for (const path of samples) {
      await page.goto(path);
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
  });
}
