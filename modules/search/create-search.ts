import { openSearchIndex } from './open-search-index.ts';
import { presentHit, type SearchResult } from './present-hit.ts';
import {
  querySearchIndex,
  type SearchHit,
  type SearchOptions,
  type SearchOutcome,
} from './query-search-index.ts';

/** A search over one loaded index: find all hits, then present the ones that are shown. */
export interface Search {
  find(query: string, options?: SearchOptions): SearchOutcome;
  present(hit: SearchHit): SearchResult;
}

/**
 * Opens the parsed `/zoekindex.json` for searching. This is what the browser loads on demand, in one
 * chunk with lunr and the Dutch stemmer; it builds the lunr index from the file's term counts. Throws
 * like `openSearchIndex` on a file of another version.
 */
export function createSearch(file: unknown): Search {
  const open = openSearchIndex(file);
  return {
    find: (query, options) => querySearchIndex(open, query, options),
    present: (hit) => presentHit(open, hit),
  };
}
