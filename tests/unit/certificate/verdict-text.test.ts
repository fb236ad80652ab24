import { describe, expect, it } from 'vitest';
import type { CertificateSummary } from '../../../modules/certificate/certificate-summary.ts';
import {
  NOT_PROVEN,
  VALID_TEXT,
  VERDICT_WORD,
  verdictLine,
} from '../../../modules/certificate/verdict-text.ts';

const summary: CertificateSummary = {
  id: '070W3GE1R70W3GE1R70W3GE1R7',
  code: 'ABCDE-FGHJK',
  name: 'Noë van Dijk',
  beroepsgroep: 'onderwijs',
  module: 'Onderwijs',
  contentVersion: `sha256:99363935d44b${'0'.repeat(52)}`,
  date: '2026-12-06T10:15:00.000Z',
  studyMinutes: 72,
  measured: { seconds: 4000, unmeasured: 0, caseAttempts: 3, questionTries: 24 },
  questions: 21,
  score: { total: 44, max: 46, percentage: 96, cases: [] },
};

describe('what a verdict says', () => {
  it('names what was checked and what it does not prove, never "geldig"', () => {
    expect(VALID_TEXT).toBe('Klopt: de keuzes halen de norm en het bestand is niet veranderd.');
    expect(NOT_PROVEN).toBe(
      'Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt.',
    );
    expect(VERDICT_WORD).toEqual({ geldig: 'klopt', ongeldig: 'klopt niet' });
  });

  it('gives one CLI line with the edition, the verification code, the score and what was checked', () => {
    expect(verdictLine('a.pdf', { status: 'geldig', summary })).toBe(
      'KLOPT       a.pdf  Noë van Dijk, Onderwijs versie 99363935d44b, code ABCDE-FGHJK, 44 van 46 punten (96%): de keuzes halen de norm en het bestand is niet veranderd',
    );
    expect(verdictLine('b.json', { status: 'ongeldig', code: 'leeg', reason: 'Het bestand is leeg.' })).toBe(
      'KLOPT NIET  b.json  Het bestand is leeg.',
    );
  });
});
