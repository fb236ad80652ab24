import { expect, test } from '@playwright/test';
import { builtPages } from './site-files.ts';

// One walk over every built page, on a 320 px wide screen (400 % zoom): no page scrolls sideways, no
// page requests anything outside the site, and none sets a cookie. The service worker runs too: what it
// precaches in the background must stay on this site as well. Two halves, one per worker.

test.use({ serviceWorkers: 'allow', viewport: { width: 320, height: 640 } });

const pages = builtPages();
const half = Math.ceil(pages.length / 2);
const halves = [pages.slice(0, half), pages.slice(half)];

for (const [i, paths] of halves.entries()) {
  test(`pages ${i * half + 1}–${i * half + paths.length} of ${pages.length}: no sideways scrolling at 320 px, no outside requests, no cookies`, async ({
    page,
    context,
  }) => {
    test.setTimeout(30_000 + paths.length * 1_500);
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path, { waitUntil: 'load' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) wide.push(`${path} scrolls ${overflow}px sideways`);
    }
    expect(wide).toEqual([]);

    const allowed = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).hostname === '127.0.0.1';
    expect(requested.length).toBeGreaterThanOrEqual(paths.length);
    expect(requested.filter((url) => !allowed(url))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}
