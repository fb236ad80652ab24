import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';

/**
 * The closed vocabulary an author uses in `action:` to say what a choice does in the stappenplan.
 * Each id maps to exactly one event of the stappenplan machine.
 */
export const caseActions = {
  'signalen-vastleggen': { type: 'signalen.vastleggen' },
  'kindcheck-zorgen': { type: 'kindcheck.uitvoeren', zorgen: true },
  'kindcheck-geen-zorgen': { type: 'kindcheck.uitvoeren', zorgen: false },
  'overleg-collega': { type: 'overleg.voeren', met: 'collega' },
  'overleg-aandachtsfunctionaris': { type: 'overleg.voeren', met: 'aandachtsfunctionaris' },
  'advies-veilig-thuis': { type: 'overleg.voeren', met: 'veilig-thuis' },
  letselduiding: { type: 'overleg.voeren', met: 'letselduiding' },
  'gesprek-voeren': { type: 'gesprek.voeren' },
  'gesprek-overslaan-gevaar-betrokkenen': { type: 'gesprek.overslaan', reden: 'gevaar-betrokkenen' },
  'gesprek-overslaan-gevaar-professional': { type: 'gesprek.overslaan', reden: 'gevaar-professional' },
  'gesprek-overslaan-geen-contact': { type: 'gesprek.overslaan', reden: 'geen-contact' },
  'afweging-1-ja': { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' },
  'afweging-1-nee': { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'nee' },
  'afweging-2-ja': { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'ja' },
  'afweging-2-nee': { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'nee' },
  'afweging-3-ja': { type: 'afweging.beantwoorden', afweging: 3, antwoord: 'ja' },
  'afweging-3-nee': { type: 'afweging.beantwoorden', afweging: 3, antwoord: 'nee' },
  'afweging-4-ja': { type: 'afweging.beantwoorden', afweging: 4, antwoord: 'ja' },
  'afweging-4-nee': { type: 'afweging.beantwoorden', afweging: 4, antwoord: 'nee' },
  'afweging-5-ja': { type: 'afweging.beantwoorden', afweging: 5, antwoord: 'ja' },
  'afweging-5-nee': { type: 'afweging.beantwoorden', afweging: 5, antwoord: 'nee' },
  melden: { type: 'melding.doen', hulpGaatDoor: false },
  'melden-en-hulp-bieden': { type: 'melding.doen', hulpGaatDoor: true },
  'acuut-handelen': { type: 'acuut.handelen' },
  'collega-vermoeden-zeden': { type: 'collega.vermoeden', delict: 'zeden', verdachte: 'medewerker' },
  'collega-vermoeden-mishandeling': {
    type: 'collega.vermoeden',
    delict: 'mishandeling',
    verdachte: 'medewerker',
  },
  'houder-vermoeden-zeden': { type: 'collega.vermoeden', delict: 'zeden', verdachte: 'houder' },
  'houder-vermoeden-mishandeling': {
    type: 'collega.vermoeden',
    delict: 'mishandeling',
    verdachte: 'houder',
  },
  'houder-informeren': { type: 'houder.informeren' },
  'vertrouwensinspecteur-redelijk-vermoeden': {
    type: 'vertrouwensinspecteur.raadplegen',
    redelijkVermoeden: true,
  },
  'vertrouwensinspecteur-geen-redelijk-vermoeden': {
    type: 'vertrouwensinspecteur.raadplegen',
    redelijkVermoeden: false,
  },
  'aangifte-doen': { type: 'aangifte.doen' },
} as const satisfies Record<string, StappenplanEvent>;

/** One id of {@link caseActions}. */
export type CaseAction = keyof typeof caseActions;

export const caseActionIds = Object.keys(caseActions) as [CaseAction, ...CaseAction[]];
