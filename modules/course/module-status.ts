import { markModuleCompleted } from '../progress/progress-changes.ts';
import { answeredRight, answerTo, lessonKey, questionKey, type Progress } from '../progress/progress.ts';
import type { Attempt } from '../scoring/attempt.ts';
import { scoreSteps } from '../scoring/score-steps.ts';
import type { TableVerdictScore } from '../scoring/verify-table.ts';
import type { CourseCase, CourseModule } from './course-module.ts';

/** The judge's verdict on an attempt (scoring/judge.ts). */
export type CaseScore = TableVerdictScore;

export interface LessonStatus {
  slug: string;
  /** Read: the learner reached its knowledge check. */
  read: boolean;
  /** Questions answered right: only those count (a wrong answer is tried again). */
  right: number;
  /** Questions answered right at the first try. */
  firstTry: number;
  questions: number;
}

/** niet-gestart: no attempt at this version; bezig: attempts, none finished; klaar: finished at least once. */
export type CaseState = 'niet-gestart' | 'bezig' | 'klaar';

export interface CaseStatus {
  id: string;
  state: CaseState;
  /** The attempt that counts: the best finished one (a pass first, then the most points, the earliest of equals), or null. */
  best: CaseScore | null;
  /** That attempt itself: the one a certificate records and the LMS keeps. */
  bestAttempt: Attempt | null;
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
    casesFinished: number;
    casesPassed: number;
    cases: number;
  };
  /** Still to do: the slugs of lessons not read, how many questions are not answered right yet, the ids of cases not passed. */
  remaining: { lessons: string[]; questions: number; cases: string[] };
  /** Every lesson read, every question answered right and every case finished at least once (passed or not). */
  finished: boolean;
  /** Every lesson read, every question answered right, every case passed (scoring/judge.ts). */
  complete: boolean;
  /** When the progress record says the module was completed, if it does. */
  completedAt: string | null;
  /**
   * The score an LMS gets, 0–100: the mean percentage of the attempt that counts per case (0 for a
   * case not finished); in a module without cases, the share of questions answered right at the first
   * try. Null while nothing counts yet.
   */
  score: number | null;
  /** How much is done, 0–100: lessons read, questions answered right and cases finished. */
  progress: number;
}

/**
 * Where a learner stands in a module: the one judgement every view reads (the module page and "Mijn
 * voortgang", issuing a certificate, the LMS outcome). Scores are recomputed from the attempt logs
 * with each case's verify table; only attempts at the current version and hash count.
 */
export function moduleStatus(module: CourseModule, progress: Progress): ModuleStatus {
  const lessons = module.lessons.map((lesson) => {
    const answers = lesson.questions.map((q) =>
      answerTo(progress, questionKey(module.id, lesson.slug, q.id)),
    );
    return {
      slug: lesson.slug,
      read: progress.lessons.includes(lessonKey(module.id, lesson.slug)),
      right: answers.filter(answeredRight).length,
      firstTry: answers.filter((answer) => answer?.first?.right === true).length,
      questions: lesson.questions.length,
    };
  });
  const cases = module.cases.map((found) => caseStatus(found, progress));
  const sum = (list: number[]) => list.reduce((total, n) => total + n, 0);
  const remaining = {
    lessons: lessons.filter((lesson) => !lesson.read).map((lesson) => lesson.slug),
    questions: sum(lessons.map((lesson) => lesson.questions - lesson.right)),
    cases: cases.filter((status) => !status.best?.passed).map((status) => status.id),
  };
  const totals = {
    lessonsRead: lessons.length - remaining.lessons.length,
    lessons: lessons.length,
    right: sum(lessons.map((lesson) => lesson.right)),
    questions: sum(lessons.map((lesson) => lesson.questions)),
    casesFinished: cases.filter((status) => status.best).length,
    casesPassed: cases.length - remaining.cases.length,
    cases: cases.length,
  };
  const learnt = remaining.lessons.length === 0 && remaining.questions === 0;
  const firstTries = sum(lessons.map((lesson) => lesson.firstTry));
  const done = totals.lessonsRead + totals.right + totals.casesFinished;
  const all = totals.lessons + totals.questions + totals.cases;
  return {
    id: module.id,
    lessons,
    cases,
    totals,
    remaining,
    finished: learnt && totals.casesFinished === totals.cases,
    complete: learnt && remaining.cases.length === 0,
    completedAt: Object.hasOwn(progress.completed, module.id) ? progress.completed[module.id]! : null,
    score:
      cases.length > 0
        ? totals.casesFinished === 0
          ? null
          : Math.round(sum(cases.map((status) => status.best?.percentage ?? 0)) / cases.length)
        : totals.questions === 0
          ? null
          : Math.round((firstTries * 100) / totals.questions),
    progress: all === 0 ? 100 : Math.floor((done * 100) / all),
  };
}

/** The record with the module marked completed (once, from `at`) when its status is complete; else the same record. */
export function recordCompletion(module: CourseModule, progress: Progress, at: Date): Progress {
  return moduleStatus(module, progress).complete ? markModuleCompleted(progress, module.id, at) : progress;
}

function caseStatus(found: CourseCase, progress: Progress): CaseStatus {
  const status: CaseStatus = {
    id: found.id,
    state: 'niet-gestart',
    best: null,
    bestAttempt: null,
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
    const score = scoreSteps(found, attempt.events);
    if (!score) {
      status.unreadable++;
      continue;
    }
    status.attempts++;
    if (score.complete && better(score, status.best)) {
      status.best = score;
      status.bestAttempt = attempt;
    }
  }
  status.state = status.best ? 'klaar' : status.attempts > 0 ? 'bezig' : 'niet-gestart';
  return status;
}

function better(score: CaseScore, best: CaseScore | null): boolean {
  if (!best) return true;
  if (score.passed !== best.passed) return score.passed;
  return score.total > best.total;
}
