import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import {
  stappenplanMachine,
  type StappenplanEvent,
  type StappenplanInput,
} from '../../../modules/stappenplan/stappenplan.machine.ts';
import type { AcuteReason } from '../../../modules/stappenplan/acute-reasons.ts';
import { gesprekOverslaanRedenen } from '../../../modules/stappenplan/stappenplan.rules.ts';

// Shared by the stappenplan tests: inputs, event builders, route prefixes and a pure replay.

export type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

export const kindOnderwijs: StappenplanInput = { client: 'kind', sector: 'onderwijs' };
export const volwasseneZorg: StappenplanInput = { client: 'volwassene', sector: 'gezondheidszorg' };
export const kindOpvang: StappenplanInput = { client: 'kind', sector: 'kinderopvang' };
/** Cases that declare a suspected staff member or houder: only these may take the route for a suspected colleague. */
export const opvangMedewerker: StappenplanInput = { ...kindOpvang, verdachte: 'medewerker' };
export const opvangHouder: StappenplanInput = { ...kindOpvang, verdachte: 'houder' };
export const onderwijsMedewerker: StappenplanInput = { ...kindOnderwijs, verdachte: 'medewerker' };

export const signalen = { type: 'signalen.vastleggen' } as const satisfies StappenplanEvent;
export const kindcheck = (zorgen: boolean) =>
  ({ type: 'kindcheck.uitvoeren', zorgen }) as const satisfies StappenplanEvent;
export const overleg = (met: 'collega' | 'aandachtsfunctionaris' | 'veilig-thuis' | 'letselduiding') =>
  ({ type: 'overleg.voeren', met }) as const satisfies StappenplanEvent;
export const gesprek = { type: 'gesprek.voeren' } as const satisfies StappenplanEvent;
export const overslaan = (reden: (typeof gesprekOverslaanRedenen)[number]) =>
  ({ type: 'gesprek.overslaan', reden }) as const satisfies StappenplanEvent;
export const afweging = (nummer: 1 | 2 | 3 | 4 | 5, antwoord: 'ja' | 'nee') =>
  ({ type: 'afweging.beantwoorden', afweging: nummer, antwoord }) as const satisfies StappenplanEvent;
export const melden = (hulpGaatDoor: boolean) =>
  ({ type: 'melding.doen', hulpGaatDoor }) as const satisfies StappenplanEvent;
/** Acting at once, for a recognised acute reason (default: a threat to life). */
export const acuut = (reden: AcuteReason = 'levensbedreiging') =>
  ({ type: 'acuut.handelen', reden }) as const satisfies StappenplanEvent;
export const hulpVolgen = { type: 'hulp.volgen' } as const satisfies StappenplanEvent;
export const vermoeden = (
  delict: 'zeden' | 'mishandeling',
  verdachte: 'medewerker' | 'houder' = 'medewerker',
) => ({ type: 'collega.vermoeden', delict, verdachte }) as const satisfies StappenplanEvent;
export const houderInformeren = { type: 'houder.informeren' } as const satisfies StappenplanEvent;
export const inspecteur = (redelijkVermoeden: boolean) =>
  ({ type: 'vertrouwensinspecteur.raadplegen', redelijkVermoeden }) as const satisfies StappenplanEvent;
export const aangifte = { type: 'aangifte.doen' } as const satisfies StappenplanEvent;

/** Every afweging answer, to check which ones a state refuses. */
export const alleAntwoorden = ([1, 2, 3, 4, 5] as const).flatMap((n) => [
  afweging(n, 'ja'),
  afweging(n, 'nee'),
]);

/** Replays events with the pure transition function, from the initial snapshot for `input`. */
export function play(input: StappenplanInput, ...events: StappenplanEvent[]): Snapshot {
  let [snapshot] = initialTransition(stappenplanMachine, input);
  for (const event of events) [snapshot] = transition(stappenplanMachine, snapshot, event);
  return snapshot;
}

/** Steps 1–3 done for a child client: signals, a colleague, a conversation. */
export const stappen1tot3 = [signalen, overleg('collega'), gesprek];
export const inWegen = [...stappen1tot3, afweging(1, 'ja')];
export const inAfweging3 = [...inWegen, afweging(2, 'nee')];
export const inAfweging4 = [...inAfweging3, afweging(3, 'ja')];
/** After afweging 4 ja: help is offered (beslissen.hulpBieden); afweging 5 waits for hulp.volgen. */
export const inHulpBieden = [...inAfweging4, afweging(4, 'ja')];
export const inAfweging5 = [...inHulpBieden, hulpVolgen];
