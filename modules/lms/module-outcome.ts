import { moduleStatus } from '../course/module-status.ts';
import type { Progress } from '../progress/progress.ts';
import type { Attempt } from '../scoring/attempt.ts';
import type { LmsModule } from './lms-module.ts';

/** One case of the module: its best finished attempt, if any. */
export interface CaseOutcome {
  caseId: string;
  /** The percentage of the attempt that counts; null when none is finished. */
  best: number | null;
  passed: boolean;
  /** The attempt that passed with the best percentage: it is never left out of suspend_data. */
  keep: Attempt | null;
}

/** What an LMS is told about a module: how far the learner is, the score, and the status. */
export interface ModuleOutcome {
  cases: CaseOutcome[];
  /** Every lesson read, every knowledge-check question answered right, every case finished at least once. */
  finished: boolean;
  /** 0–100, a whole number: the standing's score (course/module-status.ts). Null while nothing counts yet. */
  score: number | null;
  /** How much of the module is done, 0–100 (for cmi5 `progressed`). */
  progress: number;
  /**
   * `passed`: finished, and every case passed (the module's rule: its pass mark, no critical miss),
   * or the site already recorded the module as completed; with an LMS mastery score (cmi5), passed
   * means finished with score / 100 ≥ masteryScore. `failed`: finished but not passed. Else `incomplete`.
   */
  status: 'incomplete' | 'passed' | 'failed';
}

/**
 * The module's outcome: a view on the learner's standing (course/module-status.ts), as the module
 * page and issuing see it. Only attempts at the current version of a case count; per case the attempt
 * that counts is the best pass (else the most points); a log that does not replay is skipped.
 */
export function moduleOutcome(
  progress: Progress,
  module: LmsModule,
  { masteryScore }: { masteryScore?: number } = {},
): ModuleOutcome {
  const status = moduleStatus(module, progress);
  const cases = status.cases.map((found) => ({
    caseId: found.id,
    best: found.best?.percentage ?? null,
    passed: found.best?.passed === true,
    keep: found.best?.passed ? found.bestAttempt : null,
  }));
  const { finished, score } = status;
  const byRule = status.remaining.cases.length === 0 || status.completedAt !== null;
  const passed = masteryScore === undefined ? byRule : score !== null && score / 100 >= masteryScore;
  return {
    cases,
    finished,
    score,
    progress: status.progress,
    status: !finished ? 'incomplete' : passed ? 'passed' : 'failed',
  };
}
