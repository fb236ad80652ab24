import type { SearchDocument, SearchKind } from './search-document.ts';
import { countTerms, type TermCounts } from './term-counts.ts';

/**
 * The search index as the build writes it (`/zoekindex.json`) and the browser reads it: per document what
 * a result shows, and the term counts the browser builds the lunr index from (`term-counts.ts`; a
 * serialised lunr index is about twice the size of the whole file). Beroepsgroep names are stored once.
 * There are no word positions (they would double the size): snippets find their words by stemming the
 * stored text. `version` changes when this shape or the word pipeline changes, so an old cached file is
 * refused.
 *
 * {
 *   "kind": "zoekindex",
 *   "version": 1,
 *   "groups": { "onderwijs": "Onderwijs" },
 *   "docs": [
 *     { "kind": "les", "title": "Signalen per leeftijd", "url": "/onderwijs/signalen-per-leeftijd/",
 *       "group": "onderwijs", "text": "Welke signalen …\nJe kunt pas handelen als …" }
 *   ],
 *   "terms": ["aandachtsfunctionaris", …],
 *   "counts": [[[12, 40, -2], [3, 1, …]]]
 * }
 *
 * A document's ref in the lunr index is its position in `docs`; `counts` is in the same order.
 */
export interface SearchIndexFile {
  kind: 'zoekindex';
  version: typeof SEARCH_INDEX_VERSION;
  groups: Record<string, string>;
  docs: StoredDocument[];
  terms: TermCounts['terms'];
  counts: TermCounts['counts'];
}

/** A document as the index file stores it: what a result shows, not what was indexed. */
export interface StoredDocument {
  kind: SearchKind;
  title: string;
  url: string;
  /** The beroepsgroep id; its name is in `groups`. */
  group: string;
  text: string;
}

/** The version of {@link SearchIndexFile}. */
export const SEARCH_INDEX_VERSION = 2;

/**
 * Counts the Dutch index terms of `documents` (their title and text) and builds the file around them.
 * Documents are stored by kind and then by their address within the module, so the same lesson of ten
 * modules sits side by side: their shared sentences then fall inside gzip's 32 KB window (about 12 KB
 * less on the shipped content).
 */
export function buildSearchIndex(unordered: readonly SearchDocument[]): SearchIndexFile {
  const documents = unordered.toSorted((a, b) => compareKeys(storageKey(a), storageKey(b)));
  const { terms, counts } = countTerms(documents.map(({ title, text }) => ({ title, text })));
  const groups: Record<string, string> = {};
  for (const doc of documents) groups[doc.group.id] = doc.group.name;
  return {
    kind: 'zoekindex',
    version: SEARCH_INDEX_VERSION,
    groups,
    docs: documents.map(({ kind, title, url, group, text }) => ({
      kind,
      title,
      url,
      group: group.id,
      // A question's explanation is counted, so the question is found by its topic, but not stored: the
      // result shows the question and leads to it, not its answer (and the file stays 17 KB smaller).
      text: kind === 'kennisvraag' ? '' : text,
    })),
    terms,
    counts,
  };
}

/** Kind, then the address without its module, then the module: "les", "/waarom-de-meldcode/", "/artsen". */
function storageKey({ kind, url }: SearchDocument): string[] {
  const [, group, ...rest] = url.split('/');
  return [kind, '/' + rest.join('/'), '/' + group];
}

function compareKeys(a: string[], b: string[]): number {
  for (const [i, part] of a.entries()) if (part !== b[i]) return part < b[i]! ? -1 : 1;
  return 0;
}
