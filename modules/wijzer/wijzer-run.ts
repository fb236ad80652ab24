import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { explainToProfessional } from '../stappenplan/explain-to-professional.ts';
import { stappenplanMachine, type StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';

export type StappenplanSnapshot = SnapshotFrom<typeof stappenplanMachine>;

/** Who the wijzer is for: the professional's beroepsgroep (its sector) and whether the concern is about a child or an adult. */
export interface WijzerSetup {
  beroepsgroep: string;
  sector: Sector;
  client: 'kind' | 'volwassene';
}

/**
 * A professional's own situation on the same stappenplan machine as the cases: the events the machine
 * accepted, in order, and where it stands. Saving it means keeping `setup` and `events`; restoring
 * means replaying them (resumeWijzer). No names: events hold only steps, choices and reasons.
 */
export interface WijzerRun {
  readonly setup: WijzerSetup;
  readonly events: readonly StappenplanEvent[];
  readonly snapshot: StappenplanSnapshot;
}

/** Accepted: the next run. Refused: the run as it was, and why, in words for a professional. */
export type WijzerResult = { ok: true; run: WijzerRun } | { ok: false; run: WijzerRun; explanation: string };

/** A new situation: nothing done, nothing decided. */
export function startWijzer(setup: WijzerSetup): WijzerRun {
  const [snapshot] = initialTransition(stappenplanMachine, { client: setup.client, sector: setup.sector });
  return { setup, events: [], snapshot };
}

/** Sends one event; the machine decides. A refusal leaves the run unchanged and explains the rule. */
export function sendInWijzer(run: WijzerRun, event: StappenplanEvent): WijzerResult {
  if (run.snapshot.status === 'done' || !run.snapshot.can(event)) {
    return { ok: false, run, explanation: explainToProfessional(run.snapshot, event) };
  }
  const [snapshot] = transition(stappenplanMachine, run.snapshot, event);
  return { ok: true, run: { ...run, events: [...run.events, event], snapshot } };
}

/**
 * Sends several events in order, as one answer (the checklist of steps 1–3). Refused events are left
 * out and their explanations returned; the others still count.
 */
export function sendAllInWijzer(
  run: WijzerRun,
  events: readonly StappenplanEvent[],
): { run: WijzerRun; explanations: string[] } {
  const explanations: string[] = [];
  let current = run;
  for (const event of events) {
    const result = sendInWijzer(current, event);
    current = result.run;
    if (!result.ok) explanations.push(result.explanation);
  }
  return { run: current, explanations };
}

/** Restores a saved situation by replaying its events; undefined when they no longer fit the machine. */
export function resumeWijzer(setup: WijzerSetup, events: readonly StappenplanEvent[]): WijzerRun | undefined {
  let run = startWijzer(setup);
  for (const event of events) {
    const result = sendInWijzer(run, event);
    if (!result.ok) return undefined;
    run = result.run;
  }
  return run;
}
