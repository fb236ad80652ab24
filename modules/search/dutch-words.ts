import { dutchTerm } from './dutch-lunr.ts';

/** One word in a text: where it stands (punctuation around it excluded) and its index term. */
export interface DutchWord {
  start: number;
  end: number;
  term: string;
}

// The complement of lunr.tokenizer.separator (/[\s\-]+/): words are cut exactly where the index cut them.
const WORD = /[^\s-]+/g;
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/**
 * The words of `text` that have an index term (stop words and bare punctuation are skipped), in order,
 * lazily: a snippet only needs the words up to its first match.
 */
export function* dutchWords(text: string): Generator<DutchWord> {
  for (const match of text.matchAll(WORD)) {
    const term = dutchTerm(match[0]);
    if (!term) continue;
    const start = match.index + (LEADING.exec(match[0])?.[0].length ?? 0);
    const end = match.index + match[0].length - (TRAILING.exec(match[0])?.[0].length ?? 0);
    if (end > start) yield { start, end, term };
  }
}
