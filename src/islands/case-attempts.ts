import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { resumeCaseRun, type CaseRun } from '../../modules/case-run/case-run.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import { attemptId } from '../../modules/scoring/attempt-start.ts';
import type { Attempt } from '../../modules/scoring/attempt.ts';

/** How the player starts: resume the unfinished attempt, or start afresh (saying why when an attempt was set aside). */
export type StartPlan =
  { kind: 'resume'; attempt: Attempt; run: CaseRun } | { kind: 'fresh'; reason?: 'changed' | 'unfit' };

/** Whether an attempt was made on this very version of the case (same version and hash). */
export function fitsCase(attempt: Attempt, playable: PlayableCase): boolean {
  return (
    attempt.caseId === playable.def.id &&
    attempt.caseVersion === playable.def.version &&
    attempt.caseHash === playable.hash
  );
}

/** The attempts of this case (any version), newest first. */
export function attemptsOfCase(attempts: readonly Attempt[], caseId: string): Attempt[] {
  return attempts
    .filter((attempt) => attempt.caseId === caseId)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/**
 * Decides where a page starts: the latest attempt of this case, if it fits this version and has not
 * reached an ending, is resumed at the same moment with the same order of choices. A latest attempt of
 * another version (the content changed) or whose log no longer replays is kept in the record, and the
 * learner starts afresh and is told why. A finished latest attempt means a fresh start, without a word.
 */
export function planStart(
  attempts: readonly Attempt[],
  playable: PlayableCase,
  compiled: CompiledCase,
): StartPlan {
  const [latest] = attemptsOfCase(attempts, playable.def.id);
  if (!latest) return { kind: 'fresh' };
  if (!fitsCase(latest, playable)) return { kind: 'fresh', reason: 'changed' };
  const resumed = resumeCaseRun(compiled, latest);
  if (!resumed.ok) return { kind: 'fresh', reason: 'unfit' };
  if (resumed.run.snapshot.status === 'done') return { kind: 'fresh' };
  return { kind: 'resume', attempt: latest, run: resumed.run };
}

/** The progress record with this attempt saved in it (replacing the copy with the same id, if any). */
export function withAttempt(progress: Progress, attempt: Attempt): Progress {
  const id = attemptId(attempt);
  return {
    ...progress,
    attempts: [...progress.attempts.filter((a) => attemptId(a) !== id), attempt],
  };
}
