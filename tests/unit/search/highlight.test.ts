import { describe, expect, it } from 'vitest';
import { dutchTerm } from '../../../modules/search/dutch-lunr.ts';
import { highlight, markedWords } from '../../../modules/search/highlight.ts';
import { makeSnippet } from '../../../modules/search/make-snippet.ts';
import { queryTerms } from '../../../modules/search/query-terms.ts';

const terms = (...words: string[]) => new Set(words.map((word) => dutchTerm(word)!));
const show = (segments: { text: string; mark?: true }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('dutchTerm', () => {
  it('gives singular and plural the same term', () => {
    expect(dutchTerm('signalen')).toBe(dutchTerm('signaal'));
    expect(dutchTerm('gesprekken')).toBe(dutchTerm('gesprek'));
    expect(dutchTerm('afwegingen')).toBe(dutchTerm('afweging'));
  });

  it('does not for irregular plurals or every -s word (the Snowball stemmer works on endings only)', () => {
    expect(dutchTerm('kinderen')).not.toBe(dutchTerm('kind'));
    expect(dutchTerm('fietsen')).not.toBe(dutchTerm('fiets'));
  });

  it('drops stop words and punctuation, and keeps numbers', () => {
    expect(dutchTerm('de')).toBeUndefined();
    expect(dutchTerm('…')).toBeUndefined();
    expect(dutchTerm('(2019),')).toBe('2019');
  });
});

describe('queryTerms', () => {
  it('stems each word once, without stop words', () => {
    expect(queryTerms('De signalen, het signaal en Veilig Thuis')).toEqual(['signal', 'veilig', 'thuis']);
  });
});

describe('highlight', () => {
  it('marks every form of a matched word, without the punctuation around it', () => {
    expect(show(highlight('Signalen? Eén signaal (of meer signalen).', terms('signaal')))).toBe(
      '[Signalen]? Eén [signaal] (of meer [signalen]).',
    );
  });

  it('marks the parts of a hyphenated word separately, as the index cut them', () => {
    expect(show(highlight('Een ex-partner belt.', terms('partner')))).toBe('Een ex-[partner] belt.');
  });

  it('keeps markup in the text as plain text', () => {
    const text = 'Als 1 < 2 & <script> melden </script>';
    const segments = highlight(text, terms('melden'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(show(segments)).toBe('Als 1 < 2 & <script> [melden] </script>');
  });

  it('gives one plain segment when nothing matches', () => {
    expect(highlight('Niets hier.', terms('signaal'))).toEqual([{ text: 'Niets hier.' }]);
  });
});

describe('markedWords', () => {
  it('lists each marked word once, as written first', () => {
    expect(
      markedWords(
        highlight('Signalen en signalen', terms('signaal')),
        highlight('signaal', terms('signaal')),
      ),
    ).toEqual(['Signalen', 'signaal']);
  });
});

describe('makeSnippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');

  it('shows the start of a short text whole, with the match marked', () => {
    expect(show(makeSnippet('Je legt elk signaal vast.', terms('signalen')))).toBe(
      'Je legt elk [signaal] vast.',
    );
  });

  it('cuts a long text around the first match, at words, with … where it was cut', () => {
    const text = `${filler(40)} Hier staat het signaal dat je zoekt. ${filler(60)}`;
    const snippet = show(makeSnippet(text, terms('signaal'), 120));
    expect(snippet).toMatch(/^…woord\d+ .*Hier staat het \[signaal\] dat je zoekt\. .* …$/);
    expect(snippet.length).toBeLessThanOrEqual(125);
  });

  it('starts at the line of the match when that line begins shortly before it', () => {
    const text = `${filler(40)}\nBij de kindcheck vraag je naar de kinderen. ${filler(40)}`;
    expect(show(makeSnippet(text, terms('kindcheck'), 80))).toMatch(/^…Bij de \[kindcheck\] vraag/);
  });

  it('shows the start of the text when only the title matched', () => {
    const text = `Een les over stap 1. ${filler(80)}`;
    expect(show(makeSnippet(text, terms('signaal'), 60))).toMatch(/^Een les over stap 1\. woord0 .* …$/);
  });
});
