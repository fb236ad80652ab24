import { dutchWords } from './dutch-words.ts';
import { highlight, type Segment } from './highlight.ts';

/** How much of a text a snippet shows, in characters, and how much of it comes before the first match. */
export const SNIPPET_LENGTH = 220;
const LEAD = 70;

/**
 * A short piece of `text` around the first word whose index term is in `terms`, with every matching
 * word in it marked; the start of the text when nothing matches (a hit on the title alone). It starts
 * at the line of the match when that line begins close enough before it, else at a word, and ends at a
 * word; "…" shows where text was cut.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, length = SNIPPET_LENGTH): Segment[] {
  let first: number | undefined;
  for (const word of dutchWords(text))
    if (terms.has(word.term)) {
      first = word.start;
      break;
    }
  let start = 0;
  if (first !== undefined && first > LEAD) {
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    const space = text.indexOf(' ', first - LEAD);
    start = first - lineStart <= LEAD ? lineStart : space >= 0 && space < first ? space + 1 : first;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (first ?? start)) end = space;
  }
  const segments = highlight(text.slice(start, end).trim(), terms);
  if (start > 0) segments.unshift({ text: '…' });
  if (end < text.length) segments.push({ text: ' …' });
  return segments;
}
