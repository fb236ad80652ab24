import { formatDate, formatEdition, formatMeasured, formatMinutes } from './certificate-format.ts';
import type { CertificateSummary } from './certificate-summary.ts';
import { registerFlags, type RowFlags } from './register-flags.ts';
import { INVALID_TEXT, NOT_PROVEN, VALID_TEXT } from './verdict-text.ts';
import type { InvalidCode } from './verify-certificate.ts';

/** What the register needs of a verdict (verify-certificate.ts's Verdict, or the same without the record). */
export type RegisterVerdict =
  | { status: 'geldig'; summary: CertificateSummary }
  | { status: 'ongeldig'; code: InvalidCode; reason: string };

/** One line of the completion register: a file and what verification said of it. */
export interface RegisterRow {
  file: string;
  verdict: RegisterVerdict;
}

const HEADER = [
  'Naam',
  'Organisatie',
  'Registratienummer',
  'Beroepsgroep',
  'Module',
  'Versie van de module',
  'Datum',
  'Gemeten leertijd (minuten)',
  'Geschatte studietijd (minuten)',
  'Casuspogingen',
  'Kennisvragen: keren een antwoord gecontroleerd',
  'Punten',
  'Maximum',
  'Percentage',
  'Uitkomst',
  'Reden',
  'Niet bewezen',
  'Verificatiecode',
  'Nummer van het bewijs',
  'Bestand',
  'Let op',
];

/**
 * The register as CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark (or Excel
 * guesses Windows-1252 and garbles ë), semicolons (the list separator of Dutch Windows), CRLF, dates
 * as dd-mm-jjjj, and no formula injection: a text cell starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe, so `=HYPERLINK(…)` as a name stays text. Browser and Node.
 */
export function registerCsv(rows: readonly RegisterRow[]): string {
  const flags = registerFlags(rows);
  const lines = [HEADER, ...rows.map((row, i) => registerCells(row, flags[i]))].map((cells) =>
    cells.map(csvCell).join(';'),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The cells of one row, in the order of the header. The outcome names what was checked ("Klopt: de
 * keuzes halen de norm en het bestand is niet veranderd.") and the next cells what it does not prove
 * (verdict-text.ts); a certificate without measured time leaves the tries empty.
 */
export function registerCells({ file, verdict }: RegisterRow, flags?: RowFlags): (string | number)[] {
  if (verdict.status === 'ongeldig')
    return [...Array<string>(14).fill(''), INVALID_TEXT, verdict.reason, '', '', '', file, ''];
  const s = verdict.summary;
  return [
    s.name,
    s.organisation ?? '',
    s.registration ?? '',
    s.beroepsgroep,
    s.module,
    // As the PDF and the CLI print it; a bare 12-digit hex such as 123456789e12 would be a number to Excel.
    `versie ${formatEdition(s.contentVersion)}`,
    formatDate(s.date),
    measuredMinutes(s.measured),
    s.studyMinutes,
    s.measured?.caseAttempts ?? '',
    s.measured?.questionTries ?? '',
    s.score.total,
    s.score.max,
    s.score.percentage,
    VALID_TEXT,
    '',
    NOT_PROVEN,
    s.code,
    s.id,
    file,
    flagText(flags, s),
  ];
}

/**
 * The measured time in whole minutes: a number when measured in full, `ten minste 40` when part of
 * the work was not measured, `niet gemeten` when none was (or the certificate is from before).
 */
export function measuredMinutes(measured: CertificateSummary['measured']): string | number {
  const text = formatMeasured(measured);
  if (text === 'niet gemeten' || measured === null) return text;
  const minutes = Math.round(measured.seconds / 60);
  return measured.unmeasured > 0 ? `ten minste ${minutes}` : minutes;
}

/** The note in the last column: a duplicate, one of several certificates of one person, done too fast. */
export function flagText(flags: RowFlags | undefined, summary?: CertificateSummary): string {
  const notes = [
    flags?.duplicate && 'Dubbel: dit bewijs staat meer dan eens in de lijst.',
    flags?.samePerson && 'Deze persoon heeft meer bewijzen in de lijst.',
    flags?.tooFast &&
      summary?.measured &&
      `Snel afgerond: ${formatMeasured(summary.measured)} gemeten, minder dan een derde van de geschatte studietijd (${formatMinutes(summary.studyMinutes)}).`,
  ];
  return notes.filter(Boolean).join(' ');
}

/** One cell: numbers as they are; text defused against formulas, and quoted when it holds ; " or a line break. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
