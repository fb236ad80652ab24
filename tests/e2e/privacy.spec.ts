import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

// The service worker runs here too: what it precaches in the background must stay on this site as well.
test.use({ serviceWorkers: 'allow' });

test('no page requests anything outside 127.0.0.1 and no page sets a cookie', async ({ page, context }) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  const pages = builtPages();
  // Every page, one after the other, while the worker precaches the site in the background.
  test.setTimeout(30_000 + pages.length * 1_500);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
  }

  const allowed = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).hostname === '127.0.0.1';
  expect(requested.length).toBeGreaterThanOrEqual(pages.length);
  expect(requested.filter((url) => !allowed(url))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
