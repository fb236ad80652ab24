import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, CompiledCase } from '../case/compile-case.ts';
import type { LogStep } from '../case/expert-path.ts';
import { fill } from '../strings/fill.ts';
import { replayText } from '../strings/nl-replay.ts';

/** A log that does not fit the case: edited, or made for another version of it. */
export class ReplayError extends Error {
  readonly index: number;
  constructor(index: number, reason: string) {
    super(fill(replayText.mismatch, { index: index + 1, reason }));
    this.name = 'ReplayError';
    this.index = index;
  }
}

/** Replays a decision log on the case machine and returns the snapshot it ends in (to resume or to score). */
export function replayAttempt(compiled: CompiledCase, events: readonly LogStep[]): CaseSnapshot {
  let [snapshot] = initialTransition(compiled.machine);
  events.forEach((event, index) => {
    if (snapshot.status === 'done') throw new ReplayError(index, replayText.finished);
    if (snapshot.value !== event.node) {
      throw new ReplayError(
        index,
        fill(replayText.otherNode, { expected: String(snapshot.value), actual: event.node }),
      );
    }
    const next = { type: 'choice.select' as const, choice: event.choice };
    if (!snapshot.can(next))
      throw new ReplayError(index, fill(replayText.notPossible, { choice: event.choice }));
    [snapshot] = transition(compiled.machine, snapshot, next);
  });
  return snapshot;
}
