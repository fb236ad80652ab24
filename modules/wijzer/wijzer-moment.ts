import type { AfwegingNummer, MeldReden } from '../stappenplan/stappenplan.rules.ts';
import type { StappenplanSnapshot } from './wijzer-run.ts';

/** How the stappenplan ended, when it has. */
export type WijzerEnd = 'gemeld' | 'afgesloten' | 'afgeslotenMetAfspraken';

/** What the wijzer asks next, read from the machine's state (never decided by the view). */
export type WijzerMoment =
  | { kind: 'afweging'; nummer: AfwegingNummer }
  | { kind: 'hulp-volgen' }
  | { kind: 'melden'; reden: MeldReden }
  | { kind: 'klaar'; end: WijzerEnd }
  | { kind: 'collega-route' };

/** The moment of a snapshot: in steps 1–3 the next question is afweging 1 (once the steps are done). */
export function wijzerMoment(snapshot: StappenplanSnapshot): WijzerMoment {
  if (snapshot.matches('gemeld')) return { kind: 'klaar', end: 'gemeld' };
  if (snapshot.matches('afgesloten')) return { kind: 'klaar', end: 'afgesloten' };
  if (snapshot.matches('afgeslotenMetAfspraken')) return { kind: 'klaar', end: 'afgeslotenMetAfspraken' };
  if (snapshot.matches('melden'))
    return { kind: 'melden', reden: snapshot.context.melding?.reden ?? 'afweging-2-ja' };
  if (snapshot.matches('wegen')) return { kind: 'afweging', nummer: 2 };
  if (snapshot.matches({ beslissen: 'afweging3' })) return { kind: 'afweging', nummer: 3 };
  if (snapshot.matches({ beslissen: 'afweging4' })) return { kind: 'afweging', nummer: 4 };
  if (snapshot.matches({ beslissen: 'hulpBieden' })) return { kind: 'hulp-volgen' };
  if (snapshot.matches({ beslissen: 'afweging5' })) return { kind: 'afweging', nummer: 5 };
  if (snapshot.matches('verkennen')) return { kind: 'afweging', nummer: 1 };
  return { kind: 'collega-route' };
}

/** Whether acting in acute danger is open now: in steps 1–5, not after the end. */
export function acuutMogelijk(snapshot: StappenplanSnapshot): boolean {
  return snapshot.can({ type: 'acuut.handelen', reden: 'levensbedreiging' });
}
