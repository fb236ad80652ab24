import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchDocuments } from '../../../modules/authoring/load-search-documents.ts';
import { dutch, lunr } from '../../../modules/search/dutch-lunr.ts';
import { countTerms, indexFromCounts } from '../../../modules/search/term-counts.ts';

// The index the browser builds from term counts must score exactly as lunr's index built from the text.

const root = new URL('../../../', import.meta.url).pathname;
let direct: lunr.Index;
let rebuilt: lunr.Index;

beforeAll(() => {
  const documents = loadSearchDocuments(root).map(({ title, text }) => ({ title, text }));
  direct = lunr(function () {
    this.use(dutch);
    this.ref('ref');
    this.field('title', { boost: 3 });
    this.field('text');
    documents.forEach((doc, ref) => this.add({ ref: String(ref), ...doc }));
  });
  rebuilt = indexFromCounts(JSON.parse(JSON.stringify(countTerms(documents))));
}, 60_000);

describe('term counts', () => {
  it.each(['meldcode', 'veilig thuis', 'aandachtsfunctionaris', 'kindcheck', 'signal*', 'mledcode~1'])(
    'give the same hits with the same scores as the index built from the text: %s',
    (query) => {
      const before = direct.search(query);
      const after = rebuilt.search(query);
      expect(before.length).toBeGreaterThan(0);
      expect(after.map((r) => r.ref)).toEqual(before.map((r) => r.ref));
      after.forEach((r, i) => expect(r.score).toBeCloseTo(before[i]!.score, 6));
    },
  );

  it('count each term once per field, with repeats as a negative number after it', () => {
    const { terms, counts } = countTerms([{ title: 'Signalen', text: 'kind kind signalen' }]);
    expect(terms).toEqual(['kind', 'signal']);
    expect(counts).toEqual([[[1], [0, -2, 1]]]);
  });

  it('refuse counts that name a term that is not there', () => {
    expect(() => indexFromCounts({ terms: ['kind'], counts: [[[0, 1], []]] })).toThrow(
      'term 1 does not exist',
    );
    expect(() => indexFromCounts({ terms: ['kind'], counts: [[[-2], []]] })).toThrow(
      'a count without a term',
    );
  });
});
