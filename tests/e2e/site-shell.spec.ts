import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { contentGroups } from './site-files.ts';

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: ui['skip.link'] });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});

test('the home page begins with the basis module, then every other module', async ({ page }) => {
  const groups = contentGroups();
  const start = groups.find((group) => group.sector === 'algemeen');
  expect(start).toBeDefined();
  await page.goto('/');
  const begin = page.getByRole('region', { name: ui['home.start.heading'] });
  await expect(begin.getByRole('link', { name: start!.name, exact: true })).toBeVisible();
  // The one primary action, first in the page, begins with the basis module.
  await expect(page.getByRole('main').locator('.utrecht-button-link--primary-action')).toHaveAttribute(
    'href',
    `/${start!.id}/`,
  );
  const others = page.getByRole('region', { name: ui['home.groups.heading'] });
  for (const group of groups.filter((found) => found !== start)) {
    await expect(others.getByRole('link', { name: group.name, exact: true })).toBeVisible();
  }
  // How long the course takes: the basis, the range of the other modules, and each module's own time.
  await expect(page.getByRole('main')).toContainText(/De basismodule kost ongeveer \d+ (minuten|uur)/);
  await expect(page.getByRole('listitem').filter({ hasText: start!.name })).toContainText(
    /Studietijd: ongeveer \d/,
  );
});

test('every module page in content/ opens from the home page and lists its lessons', async ({ page }) => {
  const groups = contentGroups();
  expect(groups.length).toBeGreaterThan(0);
  for (const group of groups) {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: group.name, exact: true }).click();
    await expect(page).toHaveURL(`/${group.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();
    for (const title of group.lessonTitles) {
      await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();
    }
  }
});

test('an unknown address shows a Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/deze-pagina-bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: ui['notFound.title'] })).toBeVisible();
  await page.getByRole('link', { name: ui['notFound.home'] }).click();
  await expect(page).toHaveURL('/');
});
