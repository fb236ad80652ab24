import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Dark mode changes colours only (the same HTML with other custom properties), so in dark mode only the
// rules that read colours run again; the full WCAG 2.2 AA set ran on the same state in light mode.
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * The WCAG 2.2 AA violations of the page as it is now, in light mode (every rule) and in dark mode (the
 * colour rules), one line each. The page is left in the colour scheme it had.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const before = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const found: string[] = [];
  const report = (mode: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) => {
    for (const v of violations)
      found.push(`(${mode}) ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  };
  await page.emulateMedia({ colorScheme: 'light' });
  report('licht', (await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations);
  await page.emulateMedia({ colorScheme: 'dark' });
  report('donker', (await new AxeBuilder({ page }).withRules(colourRules).analyze()).violations);
  await page.emulateMedia({ colorScheme: before ? 'dark' : 'light' });
  return found;
}

/** Zero WCAG 2.2 AA violations on the page as it is now, in light and in dark mode. */
export async function expectNoAxeViolations(page: Page, state?: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
}
