import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of builtPages()) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
