import { walkInHalves } from './page-walk.ts';
import { builtPages } from './site-files.ts';

// `npm run test:pages`: every built page on a 320 px wide screen, with the service worker running: no
// sideways scrolling, no outside requests, no cookies. `npm test` walks a sample (every-page.spec.ts).

const pages = builtPages();

walkInHalves(
  pages,
  (first, half) =>
    `pages ${first + 1}–${first + half.length} of ${pages.length}: no sideways scrolling at 320 px, no outside requests, no cookies`,
);
