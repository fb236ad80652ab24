import type { SearchKind } from './search-document.ts';
import { highlight, markedWords, type Segment } from './highlight.ts';
import { makeSnippet } from './make-snippet.ts';
import type { OpenSearchIndex } from './open-search-index.ts';
import type { SearchHit } from './query-search-index.ts';

/** A hit as a result list shows it: title and snippet with the matched words marked. */
export interface SearchResult {
  title: Segment[];
  url: string;
  kind: SearchKind;
  groupName: string;
  snippet: Segment[];
  /** The words that matched, as they are written in the title and snippet, each once. */
  words: string[];
}

/** Turns a hit into what a learner reads; done per shown result, since a snippet costs some stemming. */
export function presentHit(open: OpenSearchIndex, hit: SearchHit): SearchResult {
  const terms = new Set(hit.terms);
  const title = highlight(hit.doc.title, terms);
  const snippet = makeSnippet(hit.doc.text, terms);
  return {
    title,
    url: hit.doc.url,
    kind: hit.doc.kind,
    groupName: open.groups[hit.doc.group] ?? hit.doc.group,
    snippet,
    words: markedWords(title, snippet),
  };
}
