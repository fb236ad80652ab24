import { dutch, lunr } from './dutch-lunr.ts';
import type { SearchDocument, SearchKind } from './search-document.ts';

/**
 * The search index as the build writes it (`/zoekindex.json`) and the browser reads it: the lunr index
 * and, per document, only what a result shows. Beroepsgroep names are stored once. The index holds no
 * word positions (they would double its size): snippets find their words by stemming the stored text.
 * `version` changes when this shape or the word pipeline changes, so an old cached file is refused.
 *
 * {
 *   "kind": "zoekindex",
 *   "version": 1,
 *   "groups": { "onderwijs": "Onderwijs" },
 *   "docs": [
 *     { "kind": "les", "title": "Signalen per leeftijd", "url": "/onderwijs/signalen-per-leeftijd/",
 *       "group": "onderwijs", "text": "Welke signalen …\nJe kunt pas handelen als …" }
 *   ],
 *   "index": { "version": "2.3.9", "fields": ["title", "text"], "pipeline": ["stemmer-nl"], … }
 * }
 *
 * A document's ref in the lunr index is its position in `docs`.
 */
export interface SearchIndexFile {
  kind: 'zoekindex';
  version: typeof SEARCH_INDEX_VERSION;
  groups: Record<string, string>;
  docs: StoredDocument[];
  index: object;
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
export const SEARCH_INDEX_VERSION = 1;

/** Builds the Dutch lunr index over `documents` (title weighs more than text) and the file around it. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndexFile {
  const index = lunr(function () {
    this.use(dutch);
    this.ref('ref');
    this.field('title', { boost: 3 });
    this.field('text');
    documents.forEach((doc, ref) => this.add({ ref: String(ref), title: doc.title, text: doc.text }));
  });
  const groups: Record<string, string> = {};
  for (const doc of documents) groups[doc.group.id] = doc.group.name;
  return {
    kind: 'zoekindex',
    version: SEARCH_INDEX_VERSION,
    groups,
    docs: documents.map(({ kind, title, url, group, text }) => ({ kind, title, url, group: group.id, text })),
    index: index.toJSON(),
  };
}
