import { initialTransition, transition } from 'xstate';
import type { CaseSnapshot, CompiledCase } from '../case/compile-case.ts';
import type { LogStep } from '../case/expert-path.ts';
import { consequenceChain } from '../case/consequences.ts';
import { viewCase, type CaseView } from '../case/view-case.ts';
import { replayAttempt, ReplayError } from '../scoring/replay-attempt.ts';
import { fill } from '../strings/fill.ts';
import { replayText } from '../strings/nl-replay.ts';
import { choiceOrder } from '../scoring/choice-order.ts';
import { phaseInfo } from '../stappenplan/phases.ts';

/** One decision of a run, with when it was made. */
export interface RunStep extends LogStep {
  at?: string;
}

/**
 * One learner's run through one case: the seed that fixes the order of the choices, the log, and
 * where the case stands. Persisting a run means storing its seed and log; resuming means replaying
 * the log. Players (terminal, browser, LMS) only render {@link viewRun} and call {@link chooseInRun}.
 */
export interface CaseRun {
  readonly compiled: CompiledCase;
  /** Fixes the shuffled order of choices; null shows them as written (attempts from before shuffling). */
  readonly seed: number | null;
  readonly log: readonly RunStep[];
  readonly snapshot: CaseSnapshot;
  /**
   * The consequences of the last choice still to show (ids, in order), before the moment the machine is
   * at. A consequence is not a decision: it is never logged, so a resumed run starts without any (the
   * learner goes on at the moment on the route) and replay and scoring never see it.
   */
  readonly consequences?: readonly string[];
}

/** The view of the current moment, with the open choices in this attempt's order. */
export interface RunView extends CaseView {
  /** How many decisions were made so far. */
  decisions: number;
  /**
   * True while a consequence of the last choice is shown: then `node` is the consequence, `phase` that of
   * the moment whose choice led to it, there is no question and no choice, and the player offers
   * "Verder" ({@link continueRun}).
   */
  consequence: boolean;
  /** At a consequence: whether "Verder" leads back to the moment of the choice (to choose again). */
  backToChoice: boolean;
}

export type RunResult = { ok: true; run: CaseRun } | { ok: false; message: string };

/** A random 32-bit seed for a new attempt (crypto, so two attempts rarely share an order). */
export function randomSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * The first snapshot of each compiled case. Every run of a case starts from the same one, and snapshots
 * are never changed (a choice makes a new one), so it is computed once: the browser player makes a run
 * to draw the page, then the learner's own, and computing it is the costliest step before the first
 * choice (about 10 ms on a slow phone).
 */
const firstSnapshots = new WeakMap<CompiledCase, CaseSnapshot>();

/** Starts a new run with its own seed (or a given one, to make a scripted run repeatable). */
export function startCaseRun(compiled: CompiledCase, seed: number | null = randomSeed()): CaseRun {
  let snapshot = firstSnapshots.get(compiled);
  if (!snapshot) firstSnapshots.set(compiled, (snapshot = initialTransition(compiled.machine)[0]));
  return { compiled, seed, log: [], snapshot };
}

/** Resumes a run from its stored seed and log by replaying it; a log that does not fit says why, in Dutch. */
export function resumeCaseRun(
  compiled: CompiledCase,
  stored: { seed: number | null; events: readonly RunStep[] },
): RunResult {
  try {
    const snapshot = replayAttempt(compiled, stored.events);
    return { ok: true, run: { compiled, seed: stored.seed, log: [...stored.events], snapshot } };
  } catch (error) {
    if (error instanceof ReplayError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Makes a choice at the current moment; refuses a choice that is not open now. */
export function chooseInRun(run: CaseRun, choice: string, at?: string): RunResult {
  const event = { type: 'choice.select' as const, choice };
  if (run.snapshot.status === 'done' || run.consequences?.length || !run.snapshot.can(event)) {
    const index = run.log.length;
    return {
      ok: false,
      message: fill(replayText.mismatch, {
        index: index + 1,
        reason: fill(replayText.notPossible, { choice }),
      }),
    };
  }
  const node = String(run.snapshot.value);
  const [snapshot] = transition(run.compiled.machine, run.snapshot, event);
  const step: RunStep = at ? { node, choice, at } : { node, choice };
  const next = run.compiled.nodes.get(node)!.choices!.find((c) => c.id === choice)!.next;
  const consequences = consequenceChain(run.compiled.def, next).shown.map((c) => c.id);
  return { ok: true, run: { ...run, log: [...run.log, step], snapshot, consequences } };
}

/** "Verder" after a consequence: the next consequence, or the moment on the route. */
export function continueRun(run: CaseRun): CaseRun {
  return run.consequences?.length ? { ...run, consequences: run.consequences.slice(1) } : run;
}

/** Choices already tried at the current node in this visit: a retry offers only the others. */
function triedHere(run: CaseRun): Set<string> {
  const node = String(run.snapshot.value);
  const tried = new Set<string>();
  for (let i = run.log.length - 1; i >= 0 && run.log[i].node === node; i--) tried.add(run.log[i].choice);
  return tried;
}

/** What a player shows now: the case view with the open choices in this attempt's shuffled order. */
export function viewRun(run: CaseRun): RunView {
  const view = viewCase(run.compiled, run.snapshot);
  const shown = run.consequences?.[0];
  if (shown !== undefined) {
    const consequence = run.compiled.consequences.get(shown)!;
    const from = run.compiled.nodes.get(run.log.at(-1)!.node)!;
    const { stap, afweging } = phaseInfo(from.phase);
    return {
      ...view,
      node: consequence.id,
      phase: from.phase,
      stap,
      afweging,
      title: consequence.title,
      situation: consequence.situation,
      signals: consequence.signals ?? [],
      dialogue: consequence.dialogue ?? [],
      question: undefined,
      choices: [],
      done: false,
      decisions: run.log.length,
      consequence: true,
      backToChoice: run.consequences!.length === 1 && view.node === from.id,
    };
  }
  const tried = triedHere(run);
  // Order all written choices, then keep the open ones, so a retry keeps the order the learner already saw.
  const written = run.compiled.nodes.get(view.node)!.choices ?? [];
  const open = new Map(view.choices.map((choice) => [choice.id, choice]));
  const choices = choiceOrder(run.seed, view.node, written.length)
    .map((i) => open.get(written[i].id))
    .filter((choice) => choice !== undefined && !tried.has(choice.id)) as RunView['choices'];
  return { ...view, choices, decisions: run.log.length, consequence: false, backToChoice: false };
}
