import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, CompiledCase } from '../case/compile-case.ts';
import type { AttemptEvent } from './attempt.ts';

/** A log that does not fit the case: edited, or made for another version of it. */
export class ReplayError extends Error {
  readonly index: number;
  constructor(index: number, message: string) {
    super(`Keuze ${index + 1} in het logboek past niet bij deze casus: ${message}`);
    this.name = 'ReplayError';
    this.index = index;
  }
}

/** Replays a decision log on the case machine and returns the snapshot it ends in (to resume or to score). */
export function replayAttempt(compiled: CompiledCase, events: readonly AttemptEvent[]): CaseSnapshot {
  let [snapshot] = initialTransition(compiled.machine);
  events.forEach((event, index) => {
    if (snapshot.status === 'done') throw new ReplayError(index, 'de casus was al afgelopen.');
    if (snapshot.value !== event.node) {
      throw new ReplayError(
        index,
        `verwacht moment "${String(snapshot.value)}", maar het logboek noemt "${event.node}".`,
      );
    }
    const next = { type: 'choice.select' as const, choice: event.choice };
    if (!snapshot.can(next)) throw new ReplayError(index, `keuze "${event.choice}" is hier niet mogelijk.`);
    [snapshot] = transition(compiled.machine, snapshot, next);
  });
  return snapshot;
}
