import { dutchWords } from './dutch-words.ts';

/** A piece of text; `mark` is true for a word that matched the query. Rendered as text, never as HTML. */
export interface Segment {
  text: string;
  mark?: true;
}

/** Cuts `text` into plain and marked segments: a word is marked when its index term is in `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const word of dutchWords(text)) {
    if (!terms.has(word.term)) continue;
    if (word.start > at) segments.push({ text: text.slice(at, word.start) });
    segments.push({ text: text.slice(word.start, word.end), mark: true });
    at = word.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

/** The marked words of some segments, each once (compared without case), in order of appearance. */
export function markedWords(...lists: Segment[][]): string[] {
  const seen = new Map<string, string>();
  for (const segment of lists.flat())
    if (segment.mark && !seen.has(segment.text.toLowerCase()))
      seen.set(segment.text.toLowerCase(), segment.text);
  return [...seen.values()];
}
