import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';
import { FIXTURES } from './certificate-helpers.ts';

// The register on /organisatie/ at a common laptop width (1280 px): every row named, every column
// reachable, the filter's result sentence a status message in the right number, one region per name.

test('the register at 1280 px: names, columns, the filter sentence and its landmarks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page
    .getByLabel(ui['organisation.pick'])
    .setInputFiles(['geldig.json', 'kapot.pdf', 'zipbom.pdf'].map((f) => `${FIXTURES}${f}`));
  await expect(page.getByRole('status').filter({ hasText: /^Klaar:/ })).toContainText('Klaar: 3');
  const table = page.getByRole('table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(3);

  // A rejected file has no name that can be trusted: its name cell shows the file name.
  const rejected = rows.filter({ hasText: 'kapot.pdf' });
  await expect(rejected.locator('td').first()).toContainText('kapot.pdf');
  await expect(rejected.locator('td').first()).toContainText(ui['organisation.fileAsName']);

  // One region per name: the section "Overzicht" and, inside it, the scrolling table with its own name.
  await expect(page.getByRole('region', { name: ui['organisation.results'], exact: true })).toHaveCount(1);
  const scroller = page.getByRole('region', { name: ui['organisation.tableRegion'] });
  await expect(scroller).toHaveCount(1);

  // The table uses the width of the screen, not the reading column: every column is in view, the last
  // ones (Uitkomst and Opmerking) too, without scrolling the page or the table's region sideways.
  const box = (await scroller.boundingBox())!;
  expect(box.width).toBeGreaterThan(1100);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  for (const name of [ui['organisation.col.status'], ui['organisation.col.note']]) {
    const header = (await table.getByRole('columnheader', { name }).boundingBox())!;
    expect(header.x + header.width, name).toBeLessThanOrEqual(box.x + box.width);
  }
  await expectNoAxeViolations(page, 'the register at 1280 px');

  // The sentence under the filter is a status message; typing keeps focus in the search box.
  const search = page.getByLabel(ui['organisation.filter.text']);
  const sentence = page.getByRole('status').filter({ hasText: 'past bij je keuze' });
  await search.fill('zipbom');
  await expect(rows).toHaveCount(1);
  await expect(search).toBeFocused();
  await expect(sentence).toHaveText(
    '1 van de 3 bestanden past bij je keuze en staat in de tabel. De CSV bevat altijd alle bestanden.',
  );
  await expectNoAxeViolations(page, 'filtered to one file');
  await search.fill('geen-bestand-heet-zo');
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Geen bestand past' })).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('status').filter({ hasText: 'Alle 3 bestanden' })).toBeVisible();
});

test('one file: the sentence speaks of that one file', async ({ page }) => {
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.getByLabel(ui['organisation.pick']).setInputFiles([`${FIXTURES}geldig.json`]);
  await expect(page.getByRole('status').filter({ hasText: 'Het bestand past' })).toHaveText(
    'Het bestand past bij je keuze en staat in de tabel. De CSV bevat altijd alle bestanden.',
  );
});

test('at 320 px the register stays in the column: only its region scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page
    .getByLabel(ui['organisation.pick'])
    .setInputFiles(['geldig.json', 'kapot.pdf'].map((f) => `${FIXTURES}${f}`));
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = (await page.getByRole('region', { name: ui['organisation.tableRegion'] }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, 'the register at 320 px');
});
