import { dutch, lunr } from './dutch-lunr.ts';

/** The fields a document is indexed on; a word in the title weighs three times a word in the text. */
const FIELDS = [
  ['title', 3],
  ['text', 1],
] as const;

/** A document to index: its ref (its position in the file's `docs`) and the text of each field. */
export interface IndexedFields {
  title: string;
  text: string;
}

/**
 * What the lunr index is made of, without what lunr derives from it: the index terms (stemmed words) in
 * order, and per document and field how often each term occurs. About a quarter of the size of a
 * serialised lunr index, whose field vectors repeat every count as a weight with three decimals.
 *
 * Per document one list per field (title, text): term positions in `terms`, ascending, each written as
 * the difference with the previous one; a count above 1 follows its term as a negative number.
 * `[3, 1, -2]` is term 3 once and term 4 twice.
 */
export interface TermCounts {
  terms: string[];
  counts: number[][][];
}

/** Indexes `documents` with the Dutch pipeline and keeps only the term counts. */
export function countTerms(documents: readonly IndexedFields[]): TermCounts {
  const builder = newBuilder();
  documents.forEach((doc, ref) => builder.add({ ref: String(ref), ...doc }));
  const terms = Object.keys(builder.invertedIndex).sort();
  const position = new Map(terms.map((term, i) => [term, i]));
  // Not in lunr's type declarations: per "field/ref", how often each term occurs.
  const frequencies = (builder as unknown as { fieldTermFrequencies: Record<string, Record<string, number>> })
    .fieldTermFrequencies;
  const counts = documents.map((_, ref) =>
    FIELDS.map(([field]) => {
      const pairs = Object.entries(frequencies[`${field}/${ref}`] ?? {}).map(
        ([term, count]) => [position.get(term)!, count] as const,
      );
      pairs.sort((a, b) => a[0] - b[0]);
      const list: number[] = [];
      let previous = 0;
      for (const [at, count] of pairs) {
        list.push(at - previous);
        if (count > 1) list.push(-count);
        previous = at;
      }
      return list;
    }),
  );
  return { terms, counts };
}

/**
 * The lunr index that `countTerms` was taken from, built again by lunr's own builder from the counted
 * terms (no stemming, so it takes milliseconds): the same terms, weights and scores. Throws on counts
 * that do not fit their terms.
 */
export function indexFromCounts({ terms, counts }: TermCounts): lunr.Index {
  const builder = newBuilder();
  // The terms are already trimmed, filtered and stemmed: each field arrives as its tokens.
  builder.pipeline.reset();
  builder.tokenizer = ((tokens: lunr.Token[]) => tokens) as unknown as typeof lunr.tokenizer;
  counts.forEach((fields, ref) => {
    const doc: Record<string, unknown> = { ref: String(ref) };
    FIELDS.forEach(([field], i) => (doc[field] = tokensOf(fields[i] ?? [], terms)));
    builder.add(doc);
  });
  return builder.build();
}

function tokensOf(list: readonly number[], terms: readonly string[]): lunr.Token[] {
  const tokens: lunr.Token[] = [];
  let at = 0;
  for (const n of list) {
    if (n < 0) {
      const last = tokens[tokens.length - 1];
      if (!last) throw new Error('a count without a term');
      for (let i = 1; i < -n; i++) tokens.push(last);
      continue;
    }
    at += n;
    const term = terms[at];
    if (term === undefined) throw new Error(`term ${at} does not exist`);
    tokens.push(new lunr.Token(term, {}));
  }
  return tokens;
}

function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.use(dutch);
  builder.ref('ref');
  for (const [field, boost] of FIELDS) builder.field(field, { boost });
  return builder;
}
