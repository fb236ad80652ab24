import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

// The service worker runs here too: what it precaches in the background must stay on this site as well.
test.use({ serviceWorkers: 'allow' });

test('no page requests anything outside 127.0.0.1 and no page sets a cookie', async ({ page, context }) => {
  test.setTimeout(600_000); // visits every built page
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  const pages = builtPages();
  // One test visits every page: give it time in proportion (about 100 pages, some with islands).
  test.setTimeout(pages.length * 1_000 + 30_000);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
  }

  const allowed = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).hostname === '127.0.0.1';
  expect(requested.length).toBeGreaterThanOrEqual(pages.length);
  expect(requested.filter((url) => !allowed(url))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
