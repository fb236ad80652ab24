import type { Search } from '../../modules/search/create-search.ts';
import { siteUrl } from '../lib/site-url.ts';

/** Where the build writes the search index (`src/pages/zoekindex.json.ts`). */
export const SEARCH_INDEX_URL = '/zoekindex.json';

let pending: Promise<Search> | undefined;

/**
 * Loads lunr with the Dutch stemmer and the search index, in parallel, the first time a learner starts
 * to search; later calls share that load. A failed load is forgotten, so the next attempt tries again.
 */
export function loadSearch(): Promise<Search> {
  pending ??= Promise.all([
    import('../../modules/search/create-search.ts'),
    fetch(siteUrl(SEARCH_INDEX_URL)).then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    }),
  ]).then(([{ createSearch }, file]) => createSearch(file));
  pending.catch(() => (pending = undefined));
  return pending;
}
