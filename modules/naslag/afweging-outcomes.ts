import { initialTransition, transition } from 'xstate';
import { phaseInfo } from '../stappenplan/phases.ts';
import { stappenplanMachine, type StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';
import { stateMeta } from '../stappenplan/state-meta.ts';
import type { AfwegingNummer, Antwoord } from '../stappenplan/stappenplan.rules.ts';
import { caseText } from '../strings/nl-case.ts';

/** Where an answer leads, as the stappenplan machine decides it. */
export type OutcomeKind =
  'volgende-afweging' | 'afsluiten' | 'melden' | 'hulp-bieden-en-volgen' | 'afsluiten-met-afspraken';

export interface AfwegingOutcome {
  antwoord: Antwoord;
  /** The meldcode's name for the outcome (strings/nl.ts), the same words every case summary uses. */
  text: string;
  kind: OutcomeKind;
}

/** One afweging of the afwegingskader: its name, this group's question and both outcomes. */
export interface AfwegingRow {
  nummer: AfwegingNummer;
  name: string;
  vraag: string;
  label?: string;
  ja: AfwegingOutcome;
  nee: AfwegingOutcome;
}

const numbers = [1, 2, 3, 4, 5] as const;
const ja = (afweging: AfwegingNummer): StappenplanEvent => ({
  type: 'afweging.beantwoorden',
  afweging,
  antwoord: 'ja',
});
/** The shortest way to each afweging: steps 1–3, then "ja" to 1, "nee" to 2, "ja" to 3 and 4, help followed. */
const before: Record<AfwegingNummer, StappenplanEvent[]> = {
  1: [
    { type: 'signalen.vastleggen' },
    { type: 'overleg.voeren', met: 'collega' },
    { type: 'gesprek.voeren' },
  ],
  2: [],
  3: [],
  4: [],
  5: [],
};
before[2] = [...before[1], ja(1)];
before[3] = [...before[2], { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'nee' }];
before[4] = [...before[3], ja(3)];
before[5] = [...before[4], ja(4), { type: 'hulp.volgen' }];

/** Where answering `antwoord` to afweging `nummer` leads: the moment of the state the machine goes to. */
export function outcomeKind(nummer: AfwegingNummer, antwoord: Antwoord): OutcomeKind {
  let [snapshot] = initialTransition(stappenplanMachine, { client: 'kind', sector: 'algemeen' });
  for (const event of [
    ...before[nummer],
    { type: 'afweging.beantwoorden', afweging: nummer, antwoord } as const,
  ])
    [snapshot] = transition(stappenplanMachine, snapshot, event);
  const { moment } = stateMeta(snapshot);
  if (moment.kind === 'klaar' && moment.end === 'afgesloten') return 'afsluiten';
  if (moment.kind === 'klaar' && moment.end === 'afgeslotenMetAfspraken') return 'afsluiten-met-afspraken';
  if (moment.kind === 'melden') return 'melden';
  if (moment.kind === 'hulp-volgen') return 'hulp-bieden-en-volgen';
  if (moment.kind === 'afweging' && moment.nummer === nummer + 1) return 'volgende-afweging';
  throw new Error(`the stappenplan did not accept afweging ${nummer} ${antwoord}`);
}

/** The five afwegingen with this group's questions and the outcomes the stappenplan gives them. */
export function afwegingRows(afwegingen: readonly { vraag: string; label?: string }[]): AfwegingRow[] {
  return numbers.map((nummer) => {
    const own = afwegingen[nummer - 1];
    if (!own) throw new Error(`afweging ${nummer} has no question`);
    const outcome = (antwoord: Antwoord): AfwegingOutcome => ({
      antwoord,
      text: caseText.outcome[`afweging-${nummer}-${antwoord}`],
      kind: outcomeKind(nummer, antwoord),
    });
    return {
      nummer,
      name: phaseInfo(`afweging-${nummer}`).name,
      vraag: own.vraag,
      ...(own.label && { label: own.label }),
      ja: outcome('ja'),
      nee: outcome('nee'),
    };
  });
}
