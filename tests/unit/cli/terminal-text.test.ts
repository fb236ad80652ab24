import { describe, expect, it } from 'vitest';
import { personText } from '../../../modules/certificate/certificate-record.ts';
import type { CertificateSummary } from '../../../modules/certificate/certificate-summary.ts';
import { verdictLine } from '../../../modules/certificate/verdict-text.ts';
import { printable } from '../../../modules/cli/terminal-text.ts';

const ZWNJ = '\u200c';
const ZWJ = '\u200d';
/** A verify line for a valid certificate with this name, as the CLI prints it. */
const line = (name: string, file = 'bewijs.pdf') => {
  const summary: CertificateSummary = {
    id: '7Q2M9XH4TK0B3N8RZV5C1WPJ6D',
    code: 'ABCDE-FGHJK',
    name,
    beroepsgroep: 'onderwijs',
    module: 'Onderwijs',
    contentVersion: `sha256:${'ab'.repeat(32)}`,
    date: '2026-12-02T10:15:00.000Z',
    studyMinutes: 95,
    measured: null,
    questions: 10,
    score: { total: 72, max: 72, percentage: 100, cases: [] },
  };
  return printable(verdictLine(file, { status: 'geldig', summary }));
};

describe('printable (a CLI line)', () => {
  it('prints a joiner that a valid name keeps between two letters of a joining script as itself', () => {
    // Persian نیک‌نام (Arabic script) and Hindi क्‍ष (Devanagari): verification accepts both.
    for (const name of [`نیک${ZWNJ}نام`, `क्${ZWJ}ष`, `स${ZWNJ}ञ्जय`]) {
      expect(personText(200).safeParse(name).success).toBe(true);
      expect(line(name)).toContain(`  ${name}, Onderwijs versie`);
      expect(line(name)).not.toContain('\\u200');
    }
    expect(line(`نیک${ZWNJ}نام`, `نیک${ZWNJ}نام.pdf`)).toMatch(
      /^KLOPT {7}نیک\u200cنام\.pdf {2}نیک\u200cنام, /,
    );
  });

  it('writes out a joiner that is not kept: between Latin letters, at an edge, twice, next to a space', () => {
    expect(printable(`Jan${ZWNJ}ssen`)).toBe('Jan\\u200cssen');
    expect(printable(`Jan${ZWJ}ssen`)).toBe('Jan\\u200dssen');
    expect(printable(`${ZWNJ}نام`)).toBe('\\u200cنام');
    expect(printable(`نام${ZWNJ}`)).toBe('نام\\u200c');
    expect(printable(`نیک${ZWNJ}${ZWNJ}نام`)).toBe('نیک\\u200c\\u200cنام');
    expect(printable(`نیک ${ZWNJ}نام`)).toBe('نیک \\u200cنام');
    // Between letters of two scripts (Arabic and Latin), or of one script that has no joiners (Greek).
    expect(printable(`نام${ZWNJ}Jan`)).toBe('نام\\u200cJan');
    expect(printable(`αβ${ZWJ}γδ`)).toBe('αβ\\u200dγδ');
  });

  it('still writes out control characters, direction overrides and other invisible characters', () => {
    expect(printable('nep.json\nKLOPT  echt.json\r\t')).toBe('nep.json\\nKLOPT  echt.json\\r\\t');
    expect(printable('\u001b[2J\u001b[H.json')).toBe('\\u001b[2J\\u001b[H.json');
    expect(printable('\u0085\u009b')).toBe('\\u0085\\u009b');
    expect(printable('bewijs-\u202enosj.json')).toBe('bewijs-\\u202enosj.json');
    expect(printable(`نیک\u2067نام\u2069`)).toBe('نیک\\u2067نام\\u2069');
    expect(printable('a\u200bb\u2060c\ufeffd\u00ade\u2028f')).toBe(
      'a\\u200bb\\u2060c\\ufeffd\\u00ade\\u2028f',
    );
    // Other invisible characters between two Arabic letters are not joiners: written out.
    expect(printable(`نیک\u200bنام`)).toBe('نیک\\u200bنام');
    expect(printable(`نیک\u200eنام`)).toBe('نیک\\u200eنام');
    expect(printable('tag\u{e0041}')).toBe('tag\\u{e0041}');
  });
});
