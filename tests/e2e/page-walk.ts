import { expect, test, type BrowserContext, type Page } from '@playwright/test';

// The walk behind every-page.spec.ts (a sample per page type) and every-page.walk.ts (every page): at
// 320 px no page scrolls sideways, nothing is requested from another host (the service worker's precache
// included) and no cookie is set.

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

/**
 * Two tests, one per worker, that each walk half of `paths` at 320 px with the service worker running;
 * `title` names a half from its first position (0-based) and its paths.
 */
export function walkInHalves(
  paths: readonly string[],
  title: (first: number, half: readonly string[]) => string,
) {
  test.use({ serviceWorkers: 'allow', viewport: { width: 320, height: 640 } });
  const size = Math.ceil(paths.length / 2);
  for (const first of [0, size]) {
    const half = paths.slice(first, first + size);
    test(title(first, half), async ({ page, context }) => {
      test.setTimeout(30_000 + half.length * 1_500);
      await expectPagesStayInside(page, context, half);
    });
  }
}
