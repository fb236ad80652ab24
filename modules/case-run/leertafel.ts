import type { CompiledCase } from '../case/compile-case.ts';
import { phaseInfo } from '../stappenplan/phases.ts';
import {
  chooseInRun,
  continueRun,
  resumeCaseRun,
  startCaseRun,
  viewRun,
  type CaseRun,
  type RunView,
} from './case-run.ts';

/**
 * A leertafel: a trainer leads a group through one case on the case run. Nothing is scored or saved;
 * the trainer can take any open choice, reveal the expert's answer, step back and start again. The
 * island renders {@link viewLeertafel} and calls the functions below; this file decides every step.
 */
export interface Leertafel {
  run: CaseRun;
  /** Whether the expert's answer at the current moment is shown. */
  revealed: boolean;
}

/** One seed for every leertafel, so a group sees the same (shuffled) order of choices each time. */
export const LEERTAFEL_SEED = 1;

/** The expert's choice at a moment, and whether the case still allows it after the choices made. */
export interface ExpertAnswer {
  id: string;
  label: string;
  feedback: string;
  rationale: string;
  /** False when earlier choices (another branch) took the stappenplan where this choice is refused. */
  open: boolean;
}

export interface LeertafelView extends RunView {
  /** The heading of the moment: its title, or else the name of its step or afweging. */
  heading: string;
  /**
   * The moment's discussion questions, as leertafelCase() wrote them out. None at a consequence: there
   * the island asks its one question, how it came to this (the string `leertafel.gevolg`).
   */
  questions: string[];
  /** The expert answer at this moment; null at an ending. */
  expert: ExpertAnswer | null;
  revealed: boolean;
  /** Whether there is a moment to step back to. */
  canGoBack: boolean;
}

/** A leertafel at the start of a case compiled from leertafelCase() (leertafel-case.ts). */
export function startLeertafel(compiled: CompiledCase): Leertafel {
  return { run: startCaseRun(compiled, LEERTAFEL_SEED), revealed: false };
}

export function viewLeertafel(table: Leertafel): LeertafelView {
  const view = viewRun(table.run);
  // At a consequence there is no decision: no expert answer, and no questions of a moment.
  const node = view.consequence ? undefined : table.run.compiled.nodes.get(view.node)!;
  const best = node?.choices?.find((choice) => choice.verdict === 'goed');
  return {
    ...view,
    heading: view.title ?? phaseInfo(view.phase).name,
    questions: node?.discussion ?? [],
    expert: best
      ? {
          id: best.id,
          label: best.label,
          feedback: best.feedback,
          rationale: best.rationale,
          open: view.choices.some((choice) => choice.id === best.id),
        }
      : null,
    revealed: table.revealed,
    canGoBack: table.run.log.length > 0,
  };
}

/** Shows or hides the expert's answer at the current moment. */
export function toggleExpert(table: Leertafel): Leertafel {
  return viewLeertafel(table).expert ? { ...table, revealed: !table.revealed } : table;
}

/** Takes a choice at the current moment (any open one); null when the case does not allow it now. */
export function takeChoice(table: Leertafel, choice: string): Leertafel | null {
  const result = chooseInRun(table.run, choice);
  return result.ok ? { run: result.run, revealed: false } : null;
}

/** "Verder" after a consequence of the group's choice: on to the next consequence or the moment on the route. */
export function continueLeertafel(table: Leertafel): Leertafel {
  return { run: continueRun(table.run), revealed: false };
}

/** One moment back: the run rebuilt from its log without the last choice; null at the start. */
export function stepBack(table: Leertafel): Leertafel | null {
  if (table.run.log.length === 0) return null;
  const { compiled, seed, log } = table.run;
  const result = resumeCaseRun(compiled, { seed, events: log.slice(0, -1) });
  return result.ok ? { run: result.run, revealed: false } : null;
}

/**
 * The presenter's "next": first reveal the expert's answer, then take it and go on along the expert
 * route. Null when there is nothing to go on to (an ending, or the expert's choice is not open here).
 */
export function presenterNext(table: Leertafel): Leertafel | null {
  const { expert, done, consequence } = viewLeertafel(table);
  if (consequence) return continueLeertafel(table);
  if (done || !expert) return null;
  if (!table.revealed) return { ...table, revealed: true };
  return expert.open ? takeChoice(table, expert.id) : null;
}

export function restartLeertafel(table: Leertafel): Leertafel {
  return startLeertafel(table.run.compiled);
}
