import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Pages grouped by their first path segment (a module, or a page of its own), so one browser page scans
// a group: a fresh page per URL costs more than the scan itself. Each violation still names its URL.
const groups = Map.groupBy(builtPages(), (path) => path.split('/')[1] || '/');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [group, paths] of groups) {
      test(`${group}: ${paths.length} page(s) have no WCAG 2.2 AA violations`, async ({ page }) => {
        const found: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
          for (const v of violations)
            found.push(`${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
        }
        expect(found).toEqual([]);
      });
    }
  });
}
