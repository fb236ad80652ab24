import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';
import type {
  GesprekOverslaanReden,
  OverlegPartner,
  StappenplanContext,
} from '../stappenplan/stappenplan.rules.ts';

/** Every partner for overleg (step 2), in the order the wijzer shows them. */
export const overlegPartners = [
  'collega',
  'aandachtsfunctionaris',
  'veilig-thuis',
  'letselduiding',
] as const satisfies readonly OverlegPartner[];

/**
 * How a professional can answer "was the gesprek held?": held, skipped for one of the recognised
 * reasons, skipped for another reason (which the meldcode does not accept), or not yet.
 */
export type GesprekAntwoord = 'open' | 'gevoerd' | GesprekOverslaanReden | 'andere-reden';

/** What the professional says about steps 1–3, as the checklist form holds it. */
export interface StappenChecklist {
  signalen: boolean;
  kindcheck: 'open' | 'geen-zorgen' | 'zorgen';
  overleg: OverlegPartner[];
  gesprek: GesprekAntwoord;
}

/** An empty checklist: nothing done yet. */
export const emptyChecklist: StappenChecklist = {
  signalen: false,
  kindcheck: 'open',
  overleg: [],
  gesprek: 'open',
};

/**
 * The events the checklist stands for, in the order of the steps. "Another reason" to skip the
 * gesprek is sent as it is: the machine refuses it and the wijzer shows why.
 */
export function checklistEvents(list: StappenChecklist): StappenplanEvent[] {
  const events: StappenplanEvent[] = [];
  if (list.signalen) events.push({ type: 'signalen.vastleggen' });
  if (list.kindcheck !== 'open')
    events.push({ type: 'kindcheck.uitvoeren', zorgen: list.kindcheck === 'zorgen' });
  for (const met of overlegPartners)
    if (list.overleg.includes(met)) events.push({ type: 'overleg.voeren', met });
  if (list.gesprek === 'gevoerd') events.push({ type: 'gesprek.voeren' });
  else if (list.gesprek !== 'open')
    events.push({ type: 'gesprek.overslaan', reden: list.gesprek as GesprekOverslaanReden });
  return events;
}

/** The checklist as the machine recorded it, to fill the form again (after a reload or a step back). */
export function checklistOf(context: StappenplanContext): StappenChecklist {
  const { gesprek, kindcheck } = context;
  return {
    signalen: context.signalenVastgelegd,
    kindcheck: kindcheck === null ? 'open' : kindcheck.zorgen ? 'zorgen' : 'geen-zorgen',
    overleg: overlegPartners.filter((met) => context.overleg.includes(met)),
    gesprek: gesprek === null ? 'open' : gesprek === 'gevoerd' ? 'gevoerd' : gesprek.overgeslagen,
  };
}
