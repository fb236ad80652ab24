import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Dark mode changes colours only (the same HTML with other custom properties), so in dark mode the rules
// that read colours run again; the full set ran on the same page in light mode.
const colourRules = ['color-contrast', 'link-in-text-block'];

// Pages grouped by their first path segment (a module, or a page of its own), so one browser page scans
// a group: a fresh page per URL costs more than the scan itself. A module's cases (each with its player,
// leertafel and handout) are a group of their own, so no group outgrows the timeout on a busy machine.
// Each violation still names its URL.
const groups = Map.groupBy(builtPages(), (path) => {
  const [, first, second] = path.split('/');
  return second === 'casussen' ? `${first}/casussen` : first || '/';
});

for (const [group, paths] of groups) {
  test(`${group}: ${paths.length} page(s) have no WCAG 2.2 AA violations, light and dark`, async ({
    page,
  }) => {
    // Two scans a page: give each page its own time, as one test holds a whole group.
    test.setTimeout(30_000 + paths.length * 25_000);
    const found: string[] = [];
    const report = (
      path: string,
      mode: string,
      violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
    ) => {
      for (const v of violations)
        found.push(`${path} (${mode}) ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
    };
    for (const path of paths) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      report(path, 'licht', (await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations);
      await page.emulateMedia({ colorScheme: 'dark' });
      report(path, 'donker', (await new AxeBuilder({ page }).withRules(colourRules).analyze()).violations);
    }
    expect(found).toEqual([]);
  });
}
