import { moduleTime } from '../progress/module-time.ts';
import { answerTo, type Progress } from '../progress/progress.ts';
import { encodeLog, logCaseOf } from '../scoring/log-codec.ts';
import type { CourseModule } from '../course/course-module.ts';
import { moduleStatus } from '../course/module-status.ts';
import {
  CERTIFICATE_KIND,
  CERTIFICATE_VERSION,
  DIRECTION_OVERRIDE,
  withoutInvisible,
  MAX_NAME_LENGTH,
  MAX_REGISTRATION_LENGTH,
  newCertificateId,
  personText,
  sealCertificate,
  type Certificate,
  type CertificateCase,
} from './certificate-record.ts';
import { certificateSummary, type CaseScore, type CertificateSummary } from './certificate-summary.ts';
import { moduleEdition } from './module-edition.ts';

/** What the learner types before downloading: a name, and optionally an organisation and a BIG/SKJ number. */
export interface LearnerDetails {
  name: string;
  organisation?: string;
  registration?: string;
}

/** What is still to do in the module, by title, for the issuing page to list. */
export interface Unfinished {
  lessons: string[];
  /** Lesson titles with a knowledge-check question not yet answered right. */
  questions: string[];
  cases: string[];
}

export type MakeCertificateResult =
  | { ok: true; record: Certificate; summary: CertificateSummary }
  | { ok: false; code: 'gegevens'; field: keyof LearnerDetails; message: string }
  | { ok: false; code: 'niet-af'; unfinished: Unfinished; message: string };

export interface MakeCertificateInput {
  progress: Progress;
  module: CourseModule;
  learner: LearnerDetails;
  now?: Date;
  /** 16 random bytes for the id; tests and fixtures pass their own. */
  random?: Uint8Array;
}

/**
 * The certificate for a completed module (with its summary, for the PDF), or why not: details the
 * record cannot hold, or what is still to do. Whether the module is complete, and which attempt counts
 * per case (the best pass, the earliest of equals), is the learner's standing (course/module-status.ts),
 * as the module page and the LMS see it. The record holds each question's right answer and the time
 * and tries measured in the module (progress/module-time.ts), not the estimate as the learner's time.
 * Builds no case machine. Browser and Node; never throws.
 */
export async function makeCertificate(input: MakeCertificateInput): Promise<MakeCertificateResult> {
  const { progress, module, now = new Date() } = input;
  const learner = cleanLearner(input.learner);
  if (!learner.ok) return learner;
  const edition = await moduleEdition(module);
  const status = moduleStatus(module, progress);
  const unfinished: Unfinished = {
    lessons: module.lessons.filter((_, i) => !status.lessons[i]!.read).map((lesson) => lesson.title),
    questions: module.lessons
      .filter((_, i) => status.lessons[i]!.right < status.lessons[i]!.questions)
      .map((lesson) => lesson.title),
    cases: module.cases.filter((_, i) => !status.cases[i]!.best?.passed).map((found) => found.title),
  };
  if (unfinished.lessons.length + unfinished.questions.length + unfinished.cases.length > 0)
    return { ok: false, code: 'niet-af', unfinished, message: unfinishedMessage(module.name, unfinished) };
  const answers: Certificate['answers'] = {};
  for (const key of edition.questions) answers[key] = [...answerTo(progress, key)!.last.options];
  const cases: CertificateCase[] = [];
  const scores: CaseScore[] = [];
  for (const [i, found] of module.cases.entries()) {
    const { best, bestAttempt } = status.cases[i]!;
    const log = encodeLog(logCaseOf(found), bestAttempt!);
    if (!log.ok) return { ok: false, code: 'niet-af', unfinished, message: log.message };
    const { id, version, hash, title, pass } = found;
    cases.push({ caseId: id, caseVersion: version, caseHash: hash, log: log.value });
    const { total, max, percentage } = best!;
    scores.push({ caseId: id, title, version, total, max, percentage, passPercentage: pass });
  }
  const record = await sealCertificate({
    kind: CERTIFICATE_KIND,
    version: CERTIFICATE_VERSION,
    id: newCertificateId(input.random),
    issuedAt: now.toISOString(),
    learner: learner.value,
    module: { id: module.id, contentVersion: edition.contentVersion },
    studyMinutes: edition.minutes,
    measured: moduleTime(module, progress),
    cases,
    answers,
  });
  return { ok: true, record, summary: certificateSummary(record, module.name, scores) };
}

type Cleaned =
  | { ok: true; value: Certificate['learner'] }
  | { ok: false; code: 'gegevens'; field: keyof LearnerDetails; message: string };

/**
 * Trims and normalises the typed details (invisible characters removed, white space folded), and
 * says in Dutch what cannot go on a certificate: a name that is blank after that, or a direction override.
 */
export function cleanLearner(details: LearnerDetails): Cleaned {
  const labels = {
    name: 'Je naam',
    organisation: 'De naam van je organisatie',
    registration: 'Je registratienummer',
  };
  const limits = {
    name: MAX_NAME_LENGTH,
    organisation: MAX_NAME_LENGTH,
    registration: MAX_REGISTRATION_LENGTH,
  };
  const value: Certificate['learner'] = { name: '' };
  for (const field of ['name', 'organisation', 'registration'] as const) {
    // Invisible characters (a soft hyphen or zero-width space pasted along) are dropped, but not the
    // joiners a script needs between letters (KEPT_JOINER); direction overrides are kept, to be refused
    // below.
    const text = withoutInvisible((details[field] ?? '').normalize('NFC'), (char) =>
      DIRECTION_OVERRIDE.test(char),
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '') {
      if (field === 'name')
        return { ok: false, code: 'gegevens', field, message: 'Vul je naam in: die komt op het bewijs.' };
      continue;
    }
    if (text.length > limits[field])
      return {
        ok: false,
        code: 'gegevens',
        field,
        message: `${labels[field]} is te lang: ten hoogste ${limits[field]} tekens.`,
      };
    if (!personText(limits[field]).safeParse(text).success)
      return {
        ok: false,
        code: 'gegevens',
        field,
        message: `${labels[field]} bevat tekens die niet op een bewijs kunnen (zoals stuurtekens). Typ het opnieuw.`,
      };
    value[field] = text;
  }
  return { ok: true, value };
}

function unfinishedMessage(moduleName: string, unfinished: Unfinished): string {
  const parts: string[] = [];
  const list = (titles: string[]) => titles.map((t) => `“${t}”`).join(', ');
  if (unfinished.lessons.length > 0) parts.push(`lees nog ${list(unfinished.lessons)}`);
  if (unfinished.questions.length > 0)
    parts.push(`beantwoord de kennisvragen bij ${list(unfinished.questions)} goed`);
  if (unfinished.cases.length > 0)
    parts.push(`haal de casus${unfinished.cases.length > 1 ? 'sen' : ''} ${list(unfinished.cases)}`);
  return `De module ${moduleName} is nog niet af, dus er is nog geen bewijs van deelname: ${parts.join('; ')}.`;
}
