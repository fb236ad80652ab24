import { verificationCode, type Certificate } from './certificate-record.ts';

/** One case of a certificate as recomputed: its points on the version the learner played. */
export interface CaseScore {
  caseId: string;
  title: string;
  version: number;
  total: number;
  max: number;
  percentage: number;
  /** The pass mark of that version, in percent of the maximum. */
  passPercentage: number;
}

/** What a person reads of a certificate: on the PDF, in the CLI line, in the register. */
export interface CertificateSummary {
  id: string;
  /** The verification code printed on the PDF (verificationCode). */
  code: string;
  name: string;
  organisation?: string;
  registration?: string;
  /** The module id, e.g. `onderwijs`. */
  beroepsgroep: string;
  /** The module's name, e.g. `Onderwijs`. */
  module: string;
  contentVersion: string;
  /** When it was issued, ISO 8601 (format with formatDate or formatLongDate). */
  date: string;
  studyMinutes: number;
  /** How many knowledge-check questions were answered (all of the module's). */
  questions: number;
  score: { total: number; max: number; percentage: number; cases: CaseScore[] };
}

/** The summary of a record, with its module's name and the recomputed score of every case. */
export function certificateSummary(
  record: Certificate,
  moduleName: string,
  cases: CaseScore[],
): CertificateSummary {
  const total = cases.reduce((sum, c) => sum + c.total, 0);
  const max = cases.reduce((sum, c) => sum + c.max, 0);
  const { name, organisation, registration } = record.learner;
  return {
    id: record.id,
    code: verificationCode(record.integrity),
    name,
    ...(organisation !== undefined && { organisation }),
    ...(registration !== undefined && { registration }),
    beroepsgroep: record.module.id,
    module: moduleName,
    contentVersion: record.module.contentVersion,
    date: record.issuedAt,
    studyMinutes: record.studyMinutes,
    questions: Object.keys(record.answers).length,
    score: { total, max, percentage: max === 0 ? 0 : Math.round((100 * total) / max), cases },
  };
}

/** Certificates are Dutch: their day is Amsterdam's, also for a verifier abroad or a CI in UTC. */
const ZONE = 'Europe/Amsterdam';
const short = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const long = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `dd-mm-jjjj`, as Dutch Excel reads a date: `02-12-2026`. */
export function formatDate(iso: string): string {
  const parts = Object.fromEntries(short.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year}`;
}

/** The date in words: `2 december 2026`. */
export function formatLongDate(iso: string): string {
  return long.format(new Date(iso));
}

/** Minutes as Dutch text: `45 minuten`, `2 uur`, `1 uur en 35 minuten`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const restText = rest === 1 ? '1 minuut' : `${rest} minuten`;
  if (hours === 0) return restText;
  return rest === 0 ? `${hours} uur` : `${hours} uur en ${restText}`;
}

/** `12 van 14 punten (86%)`. */
export function formatScore(score: { total: number; max: number; percentage: number }): string {
  return `${score.total} van ${score.max} punten (${score.percentage}%)`;
}
