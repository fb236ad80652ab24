import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { resumeCaseRun, viewRun, type RunView } from '../../modules/case-run/case-run.ts';
import type { Attempt } from '../../modules/scoring/attempt.ts';

/** One decision of a stored attempt, as the learner met it: the moment, the choices they saw, what they chose and the feedback. */
export interface ReviewMoment {
  /** The moment before the decision, with the choices open then, in that attempt's order. */
  view: RunView;
  chosen: string;
  feedback: NonNullable<RunView['feedback']>;
  index: number;
  count: number;
}

/**
 * Replays a stored attempt up to decision `index` (0-based) and returns that moment read-only. The
 * attempt must fit the case (see fitsCase); null when its log does not replay that far.
 */
export function reviewMoment(compiled: CompiledCase, attempt: Attempt, index: number): ReviewMoment | null {
  const event = attempt.events[index];
  if (!event) return null;
  const before = resumeCaseRun(compiled, { seed: attempt.seed, events: attempt.events.slice(0, index) });
  const after = resumeCaseRun(compiled, { seed: attempt.seed, events: attempt.events.slice(0, index + 1) });
  if (!before.ok || !after.ok) return null;
  const feedback = viewRun(after.run).feedback;
  if (!feedback) return null;
  return { view: viewRun(before.run), chosen: event.choice, feedback, index, count: attempt.events.length };
}
