import { stateMeta, type StappenplanMoment } from '../stappenplan/state-meta.ts';
import type { MeldReden } from '../stappenplan/stappenplan.rules.ts';
import type { StappenplanSnapshot } from './wijzer-run.ts';

/** What the wijzer asks next, read from the machine's state (never decided by the view). */
export type WijzerMoment =
  Exclude<StappenplanMoment, { kind: 'melden' }> | { kind: 'melden'; reden: MeldReden };

/**
 * The moment of a snapshot, from the meta of its state: in steps 1–3 the next question is afweging 1
 * (once the steps are done). The report also says why it is due, read from the context.
 */
export function wijzerMoment(snapshot: StappenplanSnapshot): WijzerMoment {
  const { moment } = stateMeta(snapshot);
  if (moment.kind === 'melden')
    return { kind: 'melden', reden: snapshot.context.melding?.reden ?? 'afweging-2-ja' };
  return moment;
}

/** Whether acting in acute danger is open now: in steps 1–5, not after the end. */
export function acuutMogelijk(snapshot: StappenplanSnapshot): boolean {
  return snapshot.can({ type: 'acuut.handelen', reden: 'levensbedreiging' });
}
