import { describe, expect, it } from 'vitest';
import { csvCell, registerCsv } from '../../../modules/certificate/register-csv.ts';
import { registerFlags } from '../../../modules/certificate/register-flags.ts';
import type { CertificateSummary } from '../../../modules/certificate/certificate-summary.ts';
import type { Verdict } from '../../../modules/certificate/verify-certificate.ts';

const summary: CertificateSummary = {
  id: '070W3GE1R70W3GE1R70W3GE1R7',
  code: 'ABCDE-FGHJK',
  name: 'Noë van Dijk',
  organisation: 'OBS De Regenboog; locatie Zuid',
  beroepsgroep: 'onderwijs',
  module: 'Onderwijs',
  contentVersion: `sha256:0123456789ab${'0'.repeat(52)}`,
  // 23:30 UTC on 1 December is 2 December in Amsterdam: the register shows the Dutch day.
  date: '2026-12-01T23:30:00.000Z',
  studyMinutes: 72,
  measured: { seconds: 4000, unmeasured: 0, caseAttempts: 3, questionTries: 24 },
  questions: 21,
  score: { total: 44, max: 46, percentage: 96, cases: [] },
};
const valid: Verdict = { status: 'geldig', summary, record: {} as never };

const as = (id: string, name: string, extra: Partial<CertificateSummary> = {}): Verdict => ({
  status: 'geldig',
  summary: { ...summary, id, name, organisation: undefined, ...extra },
  record: {} as never,
});

describe('registerFlags', () => {
  it('flags the same certificate twice, and the same person with several certificates', () => {
    const rows = [
      as('A', 'Noë van Dijk'),
      as('A', 'Noë van Dijk'),
      as('B', ' noë  VAN dijk '),
      as('C', 'Jan Jansen', { registration: 'BIG 123' }),
      as('D', 'J. Jansen', { registration: 'big123' }),
      as('E', 'Piet'),
      { status: 'ongeldig', code: 'leeg', reason: 'Het bestand is leeg.' } as Verdict,
    ].map((verdict, i) => ({ file: `${i}.json`, verdict }));
    expect(registerFlags(rows).map((f) => f && [f.duplicate, f.samePerson])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [false, true],
      [false, true],
      [false, false],
      undefined,
    ]);
    expect(registerCsv(rows).split('\r\n')[1]).toMatch(
      /;Dubbel: dit bewijs staat meer dan eens in de lijst\. Deze persoon heeft meer bewijzen in de lijst\.$/,
    );
  });
});

describe('a module completed implausibly fast', () => {
  // The rule (register-flags.ts): measured in full, and less than a third of the estimate (72 minutes: 24).
  const timed = (seconds: number, unmeasured = 0) =>
    as(`T${seconds}-${unmeasured}`, 'Snelle Sam', {
      measured: { seconds, unmeasured, caseAttempts: 1, questionTries: 21 },
    });

  it('is flagged when the measured time is under a third of the estimated study time', () => {
    const rows = [
      timed(23 * 60 + 59),
      timed(24 * 60),
      timed(600, 2),
      as('V1', 'Oud Bewijs', { measured: null }),
    ];
    expect(
      registerFlags(rows.map((verdict, i) => ({ file: `${i}.json`, verdict }))).map((f) => f?.tooFast),
    ).toEqual([true, false, false, false]);
  });

  it('says so in the register, and says "niet gemeten" for a certificate without time, never 0', () => {
    const lines = registerCsv(
      [timed(600), timed(600, 2), as('V1', 'Oud Bewijs', { measured: null })].map((verdict, i) => ({
        file: `${i}.json`,
        verdict,
      })),
    ).split('\r\n');
    expect(lines[1]).toMatch(
      /;10;72;1;21;.*\.json;.*Snel afgerond: 10 minuten gemeten, minder dan een derde van de geschatte studietijd \(1 uur en 12 minuten\)\.$/,
    );
    expect(lines[2]).toMatch(/;ten minste 10;72;1;21;44;/);
    expect(lines[3]).toMatch(/;niet gemeten;72;;;44;/);
    expect([lines[2], lines[3]].some((line) => line.includes('Snel afgerond'))).toBe(false);
  });
});

describe('registerCsv', () => {
  it('writes UTF-8 with a byte order mark, semicolons, CRLF and dd-mm-jjjj dates', () => {
    const csv = registerCsv([
      { file: 'a.pdf', verdict: valid },
      { file: 'b.json', verdict: { status: 'ongeldig', code: 'leeg', reason: 'Het bestand is leeg.' } },
    ]);
    expect(
      csv.startsWith('\uFEFFNaam;Organisatie;Registratienummer;Beroepsgroep;Module;Versie van de module;'),
    ).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNaam;Organisatie;Registratienummer;Beroepsgroep;Module;Versie van de module;Datum;Gemeten leertijd (minuten);Geschatte studietijd (minuten);Casuspogingen;Kennisvragen: keren een antwoord gecontroleerd;Punten;Maximum;Percentage;Uitkomst;Reden;Niet bewezen;Verificatiecode;Nummer van het bewijs;Bestand;Let op',
      'Noë van Dijk;"OBS De Regenboog; locatie Zuid";;onderwijs;Onderwijs;versie 0123456789ab;02-12-2026;67;72;3;24;44;46;96;Klopt: de keuzes halen de norm en het bestand is niet veranderd.;;Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt.;ABCDE-FGHJK;070W3GE1R70W3GE1R70W3GE1R7;a.pdf;',
      ';;;;;;;;;;;;;;Klopt niet;Het bestand is leeg.;;;;b.json;',
      '',
    ]);
  });

  it('defuses formulas: = + - @ tab and carriage return at the start of a text get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("https://x";"klik")')).toBe(`"'=HYPERLINK(""https://x"";""klik"")"`);
    expect(['+31 6', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      "'+31 6",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
    ]);
    expect(csvCell('Jan = Piet')).toBe('Jan = Piet');
    expect(csvCell(-1)).toBe('-1');
  });
});
