import { scoreAttempt, type Score } from '../scoring/score-attempt.ts';
import type { CaseRun } from './case-run.ts';

/**
 * The score of the run so far, recomputed from its log (never stored). Apart from case-run.ts, so a
 * player that plays a case loads the scoring only when it shows a result.
 */
export function scoreRun(run: CaseRun): Score {
  return scoreAttempt(run.compiled, run.log);
}
