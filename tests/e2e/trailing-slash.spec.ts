import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { contentGroups, pageTitle } from './site-files.ts';

// Every page lives at an address ending in "/". An address without it must still reach the page, and an
// unknown address must show the Dutch 404 page: never Astro's English one.

const notFoundHtml = readFileSync(fileURLToPath(new URL('../../dist/404.html', import.meta.url)), 'utf8');

test('astro preview serves a page at its address without the final slash', async ({ page }) => {
  const group = contentGroups()[0]!;
  for (const [path, title] of [
    ['/over', pageTitle('over')],
    [`/${group.id}`, group.name],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
});

test('on a static host that serves 404.html, /over ends on /over/ and keeps query and hash', async ({
  page,
}) => {
  // What a plain static host does with an address it has no file for: status 404 and dist/404.html.
  await page.route(
    (url) => url.pathname === '/over',
    (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFoundHtml }),
  );
  await page.goto('/over?van=test#inhoud');
  await expect(page).toHaveURL('/over/?van=test#inhoud');
  await expect(page.getByRole('heading', { level: 1, name: pageTitle('over') })).toBeVisible();
});

test('an unknown address without the final slash shows the Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/deze-pagina-bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL('/deze-pagina-bestaat-niet/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: ui['notFound.title'] })).toBeVisible();
});

test('an unknown file address is not sent on to an address with a slash', async ({ page }) => {
  const response = await page.goto('/bestaat-niet.pdf');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: ui['notFound.title'] })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/bestaat-niet.pdf');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page tells the reader to add the final slash', async ({ page }) => {
    const response = await page.goto('/deze-pagina-bestaat-niet');
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe('/deze-pagina-bestaat-niet');
    // getByText skips <noscript>, so find the paragraph by its place.
    const hint = page.locator('noscript p');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText(ui['notFound.slash']);
  });
});
