import { expect, test } from '@playwright/test';
import { t, ui } from '../../src/i18n/ui.ts';
import { nl } from '../../modules/strings/nl.ts';
import { contentGroups } from './site-files.ts';

const groups = contentGroups();
const withRoute = new Set(['onderwijs', 'kinderopvang']);

/** Pages in a PDF as Chromium writes it: one page object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const group of groups) {
  test(`/${group.id}/naslag/ prints on one A4`, async ({ page }) => {
    await page.goto(`/${group.id}/naslag/`);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
}

test('the naslag names the steps and the outcomes of each afweging as the stappenplan does', async ({
  page,
}) => {
  await page.goto('/onderwijs/naslag/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(t('naslag.title', { group: 'Onderwijs' }));
  for (const stap of ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5'] as const)
    await expect(main.getByRole('heading', { level: 3, name: nl.phase[stap] })).toBeVisible();
  const afweging1 = main.locator('[data-afweging="1"]');
  await expect(afweging1.getByRole('heading', { name: nl.phase['afweging-1'] })).toBeVisible();
  await expect(afweging1.locator('[data-outcome="afsluiten"]')).toHaveText(
    `${ui['naslag.answer.nee']} ${nl.outcome['afweging-1-nee']}`,
  );
  await expect(main.locator('[data-afweging="2"] [data-outcome="melden"]')).toContainText(
    nl.outcome['afweging-2-ja'],
  );
  await expect(main.getByRole('link', { name: '0800-2000' })).toHaveAttribute('href', 'tel:08002000');
  await expect(main.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
});

for (const group of groups) {
  test(`/${group.id}/naslag/ lists the vertrouwensinspecteurs and the route for a colleague only where it applies`, async ({
    page,
  }) => {
    await page.goto(`/${group.id}/naslag/`);
    const main = page.getByRole('main');
    const count = withRoute.has(group.id) ? 1 : 0;
    await expect(main.getByRole('link', { name: '0900-111 3 111' })).toHaveCount(count);
    await expect(main.getByRole('heading', { name: ui['naslag.routes.collega'] })).toHaveCount(count);
    await expect(main.getByRole('heading', { name: ui['naslag.routes.eergerelateerd'] })).toBeVisible();
  });
}

test.describe('on a small phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the naslag reflows without scrolling sideways', async ({ page }) => {
    await page.goto('/verpleging-en-verzorging/naslag/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
