import { test } from '@playwright/test';
import { expectPagesStayInside } from './page-walk.ts';
import { builtPages } from './site-files.ts';

// `npm run test:pages`: every built page on a 320 px wide screen, with the service worker running: no
// sideways scrolling, no outside requests, no cookies. `npm test` walks a sample (every-page.spec.ts).

test.use({ serviceWorkers: 'allow', viewport: { width: 320, height: 640 } });

const pages = builtPages();
const half = Math.ceil(pages.length / 2);

for (const [i, paths] of [pages.slice(0, half), pages.slice(half)].entries()) {
  test(`pages ${i * half + 1}–${i * half + paths.length} of ${pages.length}: no sideways scrolling at 320 px, no outside requests, no cookies`, async ({
    page,
    context,
  }) => {
    test.setTimeout(30_000 + paths.length * 1_500);
    await expectPagesStayInside(page, context, paths);
  });
}
