import { test } from '@playwright/test';
import { pageTypes } from './page-types.ts';
import { expectPagesStayInside } from './page-walk.ts';

// One page of every page type and variant (page-types.ts says why one stands for its type), on a 320 px
// wide screen (400 % zoom): no sideways scrolling, no outside requests, no cookies. The service worker
// runs too, so what it precaches must stay on this site as well. `npm run test:pages` walks every page
// (every-page.walk.ts). Two halves, one per worker.

test.use({ serviceWorkers: 'allow', viewport: { width: 320, height: 640 } });

const samples = pageTypes().map((type) => type.paths[0]!);
const half = Math.ceil(samples.length / 2);

for (const [i, paths] of [samples.slice(0, half), samples.slice(half)].entries()) {
  test(`${paths.length} sample pages (${i + 1} of 2): no sideways scrolling at 320 px, no outside requests, no cookies`, async ({
    page,
    context,
  }) => {
    test.setTimeout(30_000 + paths.length * 1_500);
    await expectPagesStayInside(page, context, paths);
  });
}
