import { pageTypes } from './page-types.ts';
import { walkInHalves } from './page-walk.ts';

// One page of every page type and variant (page-types.ts says why one stands for its type), on a 320 px
// wide screen (400 % zoom): no sideways scrolling, no outside requests, no cookies. The service worker
// runs too, so what it precaches must stay on this site as well. `npm run test:pages` walks every page
// (every-page.walk.ts). Two halves, one per worker.

const samples = pageTypes().map((type) => type.paths[0]!);

walkInHalves(
  samples,
  (first, half) =>
    `${half.length} sample pages (${first === 0 ? 1 : 2} of 2): no sideways scrolling at 320 px, no outside requests, no cookies`,
);
