import type { CompiledCase } from '../case/compile-case.ts';
import { indexModule } from '../progress/progress-module.ts';
import { answeredRight, answerTo, type Progress } from '../progress/progress.ts';
import type { Attempt } from '../scoring/attempt.ts';
import { scoreAttempt, type Score } from '../scoring/score-attempt.ts';
import type { LmsModule } from './lms-module.ts';

/** One case of the module: its best finished attempt, if any. */
export interface CaseOutcome {
  caseId: string;
  /** The best percentage of a finished attempt; null when none is finished. */
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
  /** 0–100, a whole number: the mean of the best finished attempt per case; in a module without cases, the share of knowledge-check questions answered right at the first try. Null while nothing counts yet. */
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
 * The module's outcome, recomputed from the progress record (scores are never stored). Only attempts
 * at the current version of a case count; a log that does not replay is skipped.
 */
export function moduleOutcome(
  progress: Progress,
  module: LmsModule,
  compiled: ReadonlyMap<string, CompiledCase>,
  { masteryScore }: { masteryScore?: number } = {},
): ModuleOutcome {
  const { lessons, questions } = indexModule(module);
  const read = lessons.filter((key) => progress.lessons.includes(key)).length;
  const answered = questions.filter(({ key }) => answeredRight(answerTo(progress, key))).length;
  const cases = module.cases.map(({ def, hash }) =>
    caseOutcome(progress, def.id, def.version, hash, compiled),
  );
  const finished =
    read === lessons.length && answered === questions.length && cases.every((c) => c.best !== null);
  const score = module.cases.length > 0 ? meanOfBest(cases) : rightAnswers(progress, module);
  const done = read + answered + cases.filter((c) => c.best !== null).length;
  const total = lessons.length + questions.length + cases.length;
  const byRule = cases.every((c) => c.passed) || Object.hasOwn(progress.completed, module.id);
  const passed = masteryScore === undefined ? byRule : score !== null && score / 100 >= masteryScore;
  return {
    cases,
    finished,
    score,
    progress: total === 0 ? 100 : Math.floor((done * 100) / total),
    status: !finished ? 'incomplete' : passed ? 'passed' : 'failed',
  };
}

function caseOutcome(
  progress: Progress,
  caseId: string,
  version: number,
  hash: string,
  compiled: ReadonlyMap<string, CompiledCase>,
): CaseOutcome {
  const found = compiled.get(caseId);
  const outcome: CaseOutcome = { caseId, best: null, passed: false, keep: null };
  if (!found) return outcome;
  for (const attempt of progress.attempts) {
    if (attempt.caseId !== caseId || attempt.caseVersion !== version || attempt.caseHash !== hash) continue;
    const score = safeScore(found, attempt);
    if (!score?.complete) continue;
    if (outcome.best === null || score.percentage > outcome.best) outcome.best = score.percentage;
    if (score.passed) {
      const keptScore = outcome.keep && safeScore(found, outcome.keep);
      if (!keptScore || score.percentage > keptScore.percentage) outcome.keep = attempt;
      outcome.passed = true;
    }
  }
  return outcome;
}

const scores = new WeakMap<object, { compiled: CompiledCase; score: Score | null }>();

/** The score of an attempt, or null when its log does not replay on this case; remembered per attempt object. */
export function safeScore(compiled: CompiledCase, attempt: Pick<Attempt, 'events'>): Score | null {
  const known = scores.get(attempt);
  if (known?.compiled === compiled) return known.score;
  let score: Score | null;
  try {
    score = scoreAttempt(compiled, attempt.events);
  } catch {
    score = null;
  }
  scores.set(attempt, { compiled, score });
  return score;
}

function meanOfBest(cases: CaseOutcome[]): number | null {
  const best = cases.map((c) => c.best).filter((b): b is number => b !== null);
  return best.length === 0 ? null : Math.round(best.reduce((sum, b) => sum + b, 0) / cases.length);
}

function rightAnswers(progress: Progress, module: LmsModule): number | null {
  const { questions } = indexModule(module);
  if (questions.length === 0) return null;
  const right = questions.filter(({ key }) => answerTo(progress, key)?.first?.right === true).length;
  return Math.round((right * 100) / questions.length);
}
