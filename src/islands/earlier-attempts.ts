import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { resumeCaseRun } from '../../modules/case-run/case-run.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import { attemptId } from '../../modules/scoring/attempt-start.ts';
import type { Attempt } from '../../modules/scoring/attempt.ts';
import { scoreAttempt, type Score } from '../../modules/scoring/score-attempt.ts';
import { attemptsOfCase, fitsCase } from './case-attempts.ts';

/** An earlier attempt as the list shows it: replayable ones with their score, in the order given. */
export interface EarlierAttempt {
  id: string;
  attempt: Attempt;
  /** Null when the attempt did not reach an ending. */
  score: Score | null;
}

/**
 * The earlier attempts a learner can look back on: those of this version (without `currentId`, the one
 * being played), newest first, each scored by replaying its log; and how many belong to another version
 * or no longer replay, which the page can only mention.
 */
export function earlierAttempts(
  attempts: readonly Attempt[],
  playable: PlayableCase,
  compiled: CompiledCase,
  currentId: string | null,
): { list: EarlierAttempt[]; other: number } {
  const list: EarlierAttempt[] = [];
  let other = 0;
  for (const attempt of attemptsOfCase(attempts, playable.def.id)) {
    const id = attemptId(attempt);
    if (id === currentId) continue;
    const resumed = fitsCase(attempt, playable) ? resumeCaseRun(compiled, attempt) : null;
    if (!resumed?.ok) {
      other++;
      continue;
    }
    const done = resumed.run.snapshot.status === 'done';
    list.push({ id, attempt, score: done ? scoreAttempt(compiled, attempt.events) : null });
  }
  return { list, other };
}
