import type { CompiledCase } from '../../modules/case/compile-case.ts';
import {
  chooseInRun,
  continueRun,
  randomSeed,
  startCaseRun,
  type CaseRun,
} from '../../modules/case-run/case-run.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import { attemptId, startAttempt } from '../../modules/scoring/attempt-start.ts';
import type { Attempt } from '../../modules/scoring/attempt.ts';
import { attemptsOfCase, planStart } from './case-attempts.ts';

/**
 * What the player shows. The case run decides every transition of the case; this only says which screen
 * of the run is on view: `loading` until stored progress is read (the page's first render, also
 * without JavaScript), a `moment` to choose at, the `feedback` on the choice just made, the `result`.
 */
export type Screen = 'loading' | 'moment' | 'feedback' | 'result';

/** Looking back on a finished or earlier attempt, read-only: one decision at a time, or its result. */
export interface Review {
  attempt: Attempt;
  /** Index into the attempt's log, or `summary` for its result. */
  step: number | 'summary';
}

export interface PlayerState {
  run: CaseRun;
  /** The stored record of this run; null until the first choice creates it. */
  attempt: Attempt | null;
  screen: Screen;
  review: Review | null;
  /** This case's stored attempts, newest first. */
  attempts: Attempt[];
  /** Why the player did not resume (`changed`, `unfit`), that it did (`resumed`), or nothing. */
  start: 'resumed' | 'changed' | 'unfit' | null;
  /** Raised whenever focus should move to the new screen's heading (never on the first render). */
  focus: number;
}

/** The first render, on the server and at hydration: the first moment, waiting for stored progress. */
export function loadingState(compiled: CompiledCase): PlayerState {
  return {
    run: startCaseRun(compiled, null),
    attempt: null,
    screen: 'loading',
    review: null,
    attempts: [],
    start: null,
    focus: 0,
  };
}

/** Once stored attempts are read: resume the unfinished one, or start a fresh run with a new seed. */
export function startState(
  compiled: CompiledCase,
  playable: PlayableCase,
  stored: readonly Attempt[],
  seed: number = randomSeed(),
): PlayerState {
  const plan = planStart(stored, playable, compiled);
  const attempts = attemptsOfCase(stored, playable.def.id);
  return plan.kind === 'resume'
    ? {
        ...loadingState(compiled),
        run: plan.run,
        attempt: plan.attempt,
        screen: 'moment',
        attempts,
        start: 'resumed',
      }
    : {
        ...loadingState(compiled),
        run: startCaseRun(compiled, seed),
        screen: 'moment',
        attempts,
        start: plan.reason ?? null,
      };
}

/**
 * Makes a choice through the case run and records it in the attempt (created on the first choice, with
 * the run's seed); returns the new state and the attempt to save, or null when the run refused it.
 */
export function choose(
  state: PlayerState,
  playable: PlayableCase,
  choice: string,
  now: Date = new Date(),
): { state: PlayerState; save: Attempt } | null {
  if (state.screen !== 'moment' || state.review) return null;
  const result = chooseInRun(state.run, choice, now.toISOString());
  if (!result.ok) return null;
  const attempt =
    state.attempt ?? startAttempt(playable.def, playable.hash, now, state.run.seed ?? undefined);
  const save: Attempt = { ...attempt, seed: state.run.seed, events: [...result.run.log] };
  return {
    state: {
      ...state,
      run: result.run,
      attempt: save,
      screen: 'feedback',
      start: null,
      focus: state.focus + 1,
    },
    save,
  };
}

/**
 * "Verder" after the feedback: what the choice led to (a consequence, shown as a moment without
 * choices), the next moment, or the result when the run has ended.
 */
export function proceed(state: PlayerState): PlayerState {
  if (state.screen !== 'feedback') return state;
  return { ...state, screen: afterChoice(state.run), focus: state.focus + 1 };
}

/** "Verder" at a consequence: the next consequence, the moment on the route, or the result. */
export function continueAfter(state: PlayerState): PlayerState {
  if (state.screen !== 'moment' || state.review || !state.run.consequences?.length) return state;
  const run = continueRun(state.run);
  return { ...state, run, screen: afterChoice(run), focus: state.focus + 1 };
}

function afterChoice(run: CaseRun): Screen {
  return run.consequences?.length || run.snapshot.status !== 'done' ? 'moment' : 'result';
}

/** "Opnieuw spelen": a new run with a new seed; the finished attempt stays in the record. */
export function restart(
  state: PlayerState,
  compiled: CompiledCase,
  seed: number = randomSeed(),
): PlayerState {
  return {
    ...state,
    run: startCaseRun(compiled, seed),
    attempt: null,
    screen: 'moment',
    review: null,
    start: null,
    focus: state.focus + 1,
  };
}

/**
 * Opens, moves or closes the review of an earlier attempt. Opening and closing move focus to the new
 * screen's heading; moving within the review leaves focus to the review, which focuses the part shown.
 */
export function review(state: PlayerState, next: Review | null): PlayerState {
  const within = state.review !== null && next !== null;
  return { ...state, review: next, focus: within ? state.focus : state.focus + 1 };
}

/** The stored attempts after a save (possibly with another tab's), keeping this case's only. */
export function withStored(state: PlayerState, stored: readonly Attempt[], caseId: string): PlayerState {
  return { ...state, attempts: attemptsOfCase(stored, caseId) };
}

/** The id of the attempt being played, so the list of earlier attempts leaves it out. */
export function currentAttemptId(state: PlayerState): string | null {
  return state.attempt ? attemptId(state.attempt) : null;
}
