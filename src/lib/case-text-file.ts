import { createHash } from 'node:crypto';
import { leertafelCase } from '../../modules/case-run/leertafel-case.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import { splitCaseText } from '../../modules/case-run/case-text.ts';
import { relativeUrl } from '../../modules/lms/relative-links.ts';

/**
 * The file with a case's later text (modules/case-run/case-text.ts), written at build time beside the
 * bundles in `/_astro/` (src/pages/[assets]/[file].json.ts) and named by its content hash like them:
 * the service worker keeps it as it keeps them, and the offline plan lists it with the pages that name
 * it. Made from the leertafel's case (leertafelCase: every moment's discussion questions written out), so
 * the case page and its leertafel share one file.
 */
export function caseTextFile(table: PlayableCase): { url: string; name: string; body: string } {
  const body = JSON.stringify(splitCaseText(leertafelCase(table).def).text);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 8);
  const name = `casustekst-${table.def.id}.${hash}`;
  return { url: `/_astro/${name}.json`, name, body };
}

/**
 * A case as the page at `page` (its folder, e.g. `/onderwijs/casussen/x/`) carries it: the structure and
 * the first moment, with the URL of the rest relative to the page, so it resolves the same on the site
 * and in an LMS package, wherever that is unpacked.
 */
export function pageCase(
  playable: PlayableCase,
  table: PlayableCase,
  page: string,
): { playable: PlayableCase; textUrl: string } {
  return {
    playable: { ...playable, def: splitCaseText(playable.def).def },
    textUrl: relativeUrl(caseTextFile(table).url, `${page.slice(1)}index.html`),
  };
}
