import { moduleTime } from '../progress/module-time.ts';
import { answeredRight, answerTo, type Progress } from '../progress/progress.ts';
import type { Attempt } from '../scoring/attempt.ts';
import { encodeLog } from '../scoring/log-codec.ts';
import { scoreAttempt, type Score } from '../scoring/score-attempt.ts';
import {
  CERTIFICATE_KIND,
  CERTIFICATE_VERSION,
  MAX_NAME_LENGTH,
  MAX_REGISTRATION_LENGTH,
  newCertificateId,
  personText,
  sealCertificate,
  type Certificate,
  type CertificateCase,
} from './certificate-record.ts';
import { certificateSummary, type CaseScore, type CertificateSummary } from './certificate-summary.ts';
import { moduleEdition, type ModuleContent } from './module-edition.ts';

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
  module: ModuleContent;
  learner: LearnerDetails;
  now?: Date;
  /** 16 random bytes for the id; tests and fixtures pass their own. */
  random?: Uint8Array;
}

/**
 * The certificate for a completed module (with its summary, for the PDF), or why not: details the record cannot hold, or what is
 * still to do (every lesson read, every knowledge-check question answered right, every case passed at
 * its pass mark, recomputed here with scoreAttempt). The record holds each question's right answer. Per case it takes the best passed attempt at the
 * current version, the earliest of equals. The record carries the time and tries measured in the
 * module (progress/module-time.ts), not the estimate as the learner's time. Browser and Node; never throws.
 */
export async function makeCertificate(input: MakeCertificateInput): Promise<MakeCertificateResult> {
  const { progress, module, now = new Date() } = input;
  const learner = cleanLearner(input.learner);
  if (!learner.ok) return learner;
  const edition = await moduleEdition(module);
  const read = new Set(progress.lessons);
  const unfinished: Unfinished = { lessons: [], questions: [], cases: [] };
  const answers: Certificate['answers'] = {};
  module.lessons.forEach((lesson, i) => {
    if (!read.has(edition.lessons[i])) unfinished.lessons.push(lesson.title);
  });
  let q = 0;
  for (const lesson of module.lessons) {
    let open = false;
    for (const _question of lesson.questions) {
      const key = edition.questions[q++];
      const answer = answerTo(progress, key);
      if (answer && answeredRight(answer)) answers[key] = [...answer.last.options];
      else open = true;
    }
    if (open) unfinished.questions.push(lesson.title);
  }
  const cases: CertificateCase[] = [];
  const scores: CaseScore[] = [];
  for (const { compiled, hash } of module.cases) {
    const best = bestPassed(compiled, hash, progress.attempts);
    const log = best && encodeLog(compiled.def, best.attempt);
    if (!best || !log?.ok) unfinished.cases.push(compiled.def.title);
    else {
      const { id, version, title } = compiled.def;
      cases.push({ caseId: id, caseVersion: version, caseHash: hash, log: log.value });
      const { total, max, percentage } = best.score;
      scores.push({
        caseId: id,
        title,
        version,
        total,
        max,
        percentage,
        passPercentage: compiled.passPercentage,
      });
    }
  }
  if (unfinished.lessons.length + unfinished.questions.length + unfinished.cases.length > 0)
    return { ok: false, code: 'niet-af', unfinished, message: unfinishedMessage(module.name, unfinished) };
  const record = await sealCertificate({
    kind: CERTIFICATE_KIND,
    version: CERTIFICATE_VERSION,
    id: newCertificateId(input.random),
    issuedAt: now.toISOString(),
    learner: learner.value,
    module: { id: module.id, contentVersion: edition.contentVersion },
    studyMinutes: edition.minutes,
    measured: moduleTime(
      { id: module.id, lessons: module.lessons, cases: module.cases.map((c) => c.compiled.def) },
      progress,
    ),
    cases,
    answers,
  });
  return { ok: true, record, summary: certificateSummary(record, module.name, scores) };
}

function bestPassed(
  compiled: ModuleContent['cases'][number]['compiled'],
  hash: string,
  attempts: readonly Attempt[],
): { attempt: Attempt; score: Score } | undefined {
  let best: { attempt: Attempt; score: Score } | undefined;
  for (const attempt of attempts) {
    if (attempt.caseId !== compiled.def.id || attempt.caseVersion !== compiled.def.version) continue;
    if (attempt.caseHash !== hash) continue;
    let score: Score;
    try {
      score = scoreAttempt(compiled, attempt.events);
    } catch {
      continue; // a log that no longer fits this version passes nothing
    }
    if (score.passed && (!best || score.total > best.score.total)) best = { attempt, score };
  }
  return best;
}

type Cleaned =
  | { ok: true; value: Certificate['learner'] }
  | { ok: false; code: 'gegevens'; field: keyof LearnerDetails; message: string };

/** Trims and normalises the typed details, and says in Dutch what cannot go on a certificate. */
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
    const text = (details[field] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
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
