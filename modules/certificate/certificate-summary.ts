import { verificationCode, type Certificate, type Measured } from './certificate-record.ts';

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
  /** The course's estimate for the module (not the learner's time). */
  studyMinutes: number;
  /** The time and tries measured in the learner's browser; `null`: issued before time was measured. */
  measured: Measured | null;
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
    measured: record.measured,
    questions: Object.keys(record.answers).length,
    score: { total, max, percentage: max === 0 ? 0 : Math.round((100 * total) / max), cases },
  };
}

export {
  formatDate,
  formatEdition,
  formatLongDate,
  formatMeasured,
  formatMinutes,
  formatScore,
  formatSeconds,
} from './certificate-format.ts';
