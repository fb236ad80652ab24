import { expect, type BrowserContext, type Page } from '@playwright/test';

// The walk behind every-page.spec.ts (a sample per page type) and every-page.walk.ts (every page): at the
// viewport the test set, no page scrolls sideways, nothing is requested from another host (the service
// worker's precache included, when the test allows it) and no cookie is set.

/** Opens each path in turn and expects no sideways scrolling, no outside request and no cookie. */
export async function expectPagesStayInside(page: Page, context: BrowserContext, paths: readonly string[]) {
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
}
