import type { SearchIndexFile, StoredDocument } from './build-search-index.ts';
import { SEARCH_INDEX_VERSION } from './build-search-index.ts';
import type { lunr } from './dutch-lunr.ts';
import { indexFromCounts } from './term-counts.ts';

/** A loaded search index, ready for `querySearchIndex`. */
export interface OpenSearchIndex {
  index: lunr.Index;
  docs: StoredDocument[];
  groups: Record<string, string>;
}

/**
 * Opens the parsed contents of `/zoekindex.json`. Throws on a file that is not a search index of this
 * version (a stale cache, a wrong URL): the caller shows that search could not load.
 */
export function openSearchIndex(file: unknown): OpenSearchIndex {
  const candidate = file as Partial<SearchIndexFile> | null;
  if (candidate?.kind !== 'zoekindex' || candidate.version !== SEARCH_INDEX_VERSION)
    throw new Error(`not a search index of version ${SEARCH_INDEX_VERSION}`);
  return {
    index: indexFromCounts({ terms: candidate.terms!, counts: candidate.counts! }),
    docs: candidate.docs!,
    groups: candidate.groups!,
  };
}
