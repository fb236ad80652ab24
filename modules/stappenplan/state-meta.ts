import type { SnapshotFrom } from 'xstate';
import { activePath } from './active-path.ts';
import type { Phase } from './phases.ts';
import type { stappenplanMachine } from './stappenplan.machine.ts';
import type { AfwegingNummer } from './stappenplan.rules.ts';

/** How the stappenplan ended outside the route for a suspected colleague. */
export type StappenplanEnd = 'gemeld' | 'afgesloten' | 'afgeslotenMetAfspraken';

/**
 * What the learner is asked in a state: an afweging, following the help, the report, nothing more
 * (the end) or the route for a suspected colleague.
 */
export type StappenplanMoment =
  | { kind: 'afweging'; nummer: AfwegingNummer }
  | { kind: 'hulp-volgen' }
  | { kind: 'melden' }
  | { kind: 'klaar'; end: StappenplanEnd }
  | { kind: 'collega-route' };

/** The meta of a state the learner can stand in: its moment, and its phase where it is one phase. */
export interface MomentMeta {
  moment: StappenplanMoment;
  phase?: Phase;
}

/** The meta of a state that only holds others (`beslissen`, `collegaRoute`): its phase. */
export interface GroupMeta {
  phase: Phase;
  moment?: never;
}

/** The meta every state node of the stappenplan machine carries (checked by a unit test). */
export type StateMeta = MomentMeta | GroupMeta;

type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

/** The meta of the deepest active state: what the learner is asked now, read from the machine. */
export function stateMeta(snapshot: Pick<Snapshot, 'value' | 'machine' | 'getMeta'>): MomentMeta {
  const id = `${snapshot.machine.id}.${activePath(snapshot.value)}`;
  const meta = (snapshot.getMeta() as Partial<Record<string, StateMeta>>)[id];
  if (!meta?.moment)
    throw new Error(
      `stappenplan state ${id} has no meta with a moment; give it one in stappenplan.machine.ts`,
    );
  return meta;
}
