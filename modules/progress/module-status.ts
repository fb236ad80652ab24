import type { LogStep } from '../case/expert-path.ts';
import { markModuleCompleted } from './progress-changes.ts';
import { answeredRight, answerTo, lessonKey, questionKey, type Progress } from './progress.ts';

/** What a case's status needs of a score: scoreAttempt's figures (or the verify table's, verify-table.ts). */
export interface CaseScore {
  total: number;
  max: number;
  passed: boolean;
  complete: boolean;
}

/** A module's content as its status needs it, in course order. */
export interface StatusModule {
  /** The beroepsgroep id. */
  id: string;
  lessons: readonly { slug: string; questions: readonly string[] }[];
  /**
   * The current version of each case, with the hash its attempts record and a scorer for a log of
   * that version: scoreAttempt on the compiled case, or scoreSteps. `null` (or a throw) means the
   * log does not fit the case.
   */
  cases: readonly {
    id: string;
    version: number;
    hash: string;
    score(events: readonly LogStep[]): CaseScore | null;
  }[];
}

export interface LessonStatus {
  slug: string;
  /** Read: the learner reached its knowledge check. */
  read: boolean;
  /** Questions answered right: only those count (a wrong answer is tried again). */
  right: number;
  questions: number;
}

/** niet-gestart: no attempt at this version; bezig: attempts, none finished; klaar: finished at least once. */
export type CaseState = 'niet-gestart' | 'bezig' | 'klaar';

export interface CaseStatus {
  id: string;
  state: CaseState;
  /** The best finished attempt (a pass first, then the most points), or null. */
  best: CaseScore | null;
  /** Attempts at the current version whose log fits it. */
  attempts: number;
  /** Attempts at an earlier version of the case (another version or hash): listed, never counted. */
  older: number;
  /** Attempts at the current version whose log does not fit it (edited by hand): not counted. */
  unreadable: number;
}

/** Where a learner stands in a module, and what is left before it is complete. */
export interface ModuleStatus {
  id: string;
  lessons: LessonStatus[];
  cases: CaseStatus[];
  totals: {
    lessonsRead: number;
    lessons: number;
    right: number;
    questions: number;
    casesPassed: number;
    cases: number;
  };
  /** Still to do: the slugs of lessons not read, how many questions are not answered right yet, the ids of cases not passed. */
  remaining: { lessons: string[]; questions: number; cases: string[] };
  /** Every lesson read, every question answered right, every case passed at its pass mark. */
  complete: boolean;
  /** When the progress record says the module was completed, if it does. */
  completedAt: string | null;
}

/** The status of one module from the progress record; scores are recomputed from the attempt logs. */
export function moduleStatus(module: StatusModule, progress: Progress): ModuleStatus {
  const lessons = module.lessons.map((lesson) => ({
    slug: lesson.slug,
    read: progress.lessons.includes(lessonKey(module.id, lesson.slug)),
    right: lesson.questions.filter((q) =>
      answeredRight(answerTo(progress, questionKey(module.id, lesson.slug, q))),
    ).length,
    questions: lesson.questions.length,
  }));
  const cases = module.cases.map((found) => caseStatus(found, progress));
  const sum = (list: number[]) => list.reduce((total, n) => total + n, 0);
  const remaining = {
    lessons: lessons.filter((lesson) => !lesson.read).map((lesson) => lesson.slug),
    questions: sum(lessons.map((lesson) => lesson.questions - lesson.right)),
    cases: cases.filter((status) => !status.best?.passed).map((status) => status.id),
  };
  return {
    id: module.id,
    lessons,
    cases,
    totals: {
      lessonsRead: lessons.length - remaining.lessons.length,
      lessons: lessons.length,
      right: sum(lessons.map((lesson) => lesson.right)),
      questions: sum(lessons.map((lesson) => lesson.questions)),
      casesPassed: cases.length - remaining.cases.length,
      cases: cases.length,
    },
    remaining,
    complete: remaining.lessons.length === 0 && remaining.questions === 0 && remaining.cases.length === 0,
    completedAt: Object.hasOwn(progress.completed, module.id) ? progress.completed[module.id]! : null,
  };
}

/** The record with the module marked completed (once, from `at`) when its status is complete; else the same record. */
export function recordCompletion(module: StatusModule, progress: Progress, at: Date): Progress {
  return moduleStatus(module, progress).complete ? markModuleCompleted(progress, module.id, at) : progress;
}

function caseStatus(found: StatusModule['cases'][number], progress: Progress): CaseStatus {
  const status: CaseStatus = {
    id: found.id,
    state: 'niet-gestart',
    best: null,
    attempts: 0,
    older: 0,
    unreadable: 0,
  };
  for (const attempt of progress.attempts) {
    if (attempt.caseId !== found.id) continue;
    if (attempt.caseVersion !== found.version || attempt.caseHash !== found.hash) {
      status.older++;
      continue;
    }
    const score = safeScore(found, attempt.events);
    if (!score) {
      status.unreadable++;
      continue;
    }
    status.attempts++;
    if (score.complete && better(score, status.best)) {
      const { total, max, passed, complete } = score;
      status.best = { total, max, passed, complete };
    }
  }
  status.state = status.best ? 'klaar' : status.attempts > 0 ? 'bezig' : 'niet-gestart';
  return status;
}

function safeScore(found: StatusModule['cases'][number], events: readonly LogStep[]): CaseScore | null {
  try {
    return found.score(events);
  } catch {
    return null; // scoreAttempt throws a ReplayError for a log that does not fit
  }
}

function better(score: CaseScore, best: CaseScore | null): boolean {
  if (!best) return true;
  if (score.passed !== best.passed) return score.passed;
  return score.total > best.total;
}
