import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages } from './site-files.ts';

// `npm run test:pages`: every built page, axe in light and dark mode. `npm test` scans a sample per page
// type (accessibility.spec.ts); this walk, run by .ci/run after `npm test`, makes sure the sample missed nothing.

// Pages grouped by their first path segment (a module, or a page of its own), so one browser page scans
// a group: a fresh page per URL costs more than the scan itself. A module's cases are a group of their own.
const groups = Map.groupBy(builtPages(), (path) => {
  const [, first, second] = path.split('/');
  return second === 'casussen' ? `${first}/casussen` : first || '/';
});

for (const [group, paths] of groups) {
  test(`${group}: ${paths.length} page(s) have no WCAG 2.2 AA violations, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + paths.length * 25_000);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
  });
}
