import type { AcuteReason } from '../stappenplan/acute-reasons.ts';
import type { Phase } from '../stappenplan/phases.ts';
import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';

/**
 * The closed vocabulary an author uses in `action:` to say what a choice does in the stappenplan.
 * Each id maps to one event of the stappenplan machine; `acuut-handelen` takes its reason from the choice.
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
  'hulp-volgen': { type: 'hulp.volgen' },
  melden: { type: 'melding.doen', hulpGaatDoor: false },
  'melden-en-hulp-bieden': { type: 'melding.doen', hulpGaatDoor: true },
  'acuut-handelen': { type: 'acuut.handelen', reden: undefined as unknown as AcuteReason },
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

// Pure: a bundle that uses the events but not the ids (the browser's) leaves the call out.
export const caseActionIds = /* @__PURE__ */ Object.keys(caseActions) as [CaseAction, ...CaseAction[]];

const steps123: Phase[] = ['stap-1', 'stap-2', 'stap-3'];
const overleg: Phase[] = ['stap-2', 'stap-4', 'stap-5'];

/** The phases whose nodes may carry each action: an afweging-2 answer sits on an afweging-2 node. */
export const actionPhases: Record<CaseAction, readonly Phase[]> = {
  'signalen-vastleggen': [...steps123, 'collega-route'],
  'kindcheck-zorgen': ['stap-1'],
  'kindcheck-geen-zorgen': ['stap-1'],
  'overleg-collega': overleg,
  'overleg-aandachtsfunctionaris': overleg,
  'advies-veilig-thuis': overleg,
  letselduiding: overleg,
  'gesprek-voeren': ['stap-3'],
  'gesprek-overslaan-gevaar-betrokkenen': ['stap-3'],
  'gesprek-overslaan-gevaar-professional': ['stap-3'],
  'gesprek-overslaan-geen-contact': ['stap-3'],
  'afweging-1-ja': ['afweging-1'],
  'afweging-1-nee': ['afweging-1'],
  'afweging-2-ja': ['afweging-2'],
  'afweging-2-nee': ['afweging-2'],
  'afweging-3-ja': ['afweging-3'],
  'afweging-3-nee': ['afweging-3'],
  'afweging-4-ja': ['afweging-4'],
  'afweging-4-nee': ['afweging-4'],
  'afweging-5-ja': ['afweging-5'],
  'afweging-5-nee': ['afweging-5'],
  'hulp-volgen': ['stap-5'],
  melden: ['stap-5'],
  'melden-en-hulp-bieden': ['stap-5'],
  'acuut-handelen': ['acuut'],
  'collega-vermoeden-zeden': ['collega-route'],
  'collega-vermoeden-mishandeling': ['collega-route'],
  'houder-vermoeden-zeden': ['collega-route'],
  'houder-vermoeden-mishandeling': ['collega-route'],
  'houder-informeren': ['collega-route'],
  'vertrouwensinspecteur-redelijk-vermoeden': ['collega-route'],
  'vertrouwensinspecteur-geen-redelijk-vermoeden': ['collega-route'],
  'aangifte-doen': ['collega-route'],
};

/**
 * The stappenplan events of some actions: all of them ({@link caseActions}) at build time, those of one
 * case ({@link actionEvents}) in a player outside the build, which so needs no copy of the vocabulary.
 */
export type ActionEvents = Partial<Record<CaseAction, StappenplanEvent>>;

/** The events of the actions the choices of `def` take (`acuut-handelen` takes its reason from the choice). */
export function actionEvents(def: {
  nodes: readonly { choices?: readonly { action?: CaseAction }[] }[];
}): ActionEvents {
  const events: ActionEvents = {};
  for (const node of def.nodes)
    for (const { action } of node.choices ?? [])
      if (action && action !== 'acuut-handelen') events[action] = caseActions[action];
  return events;
}

/**
 * The stappenplan event of a choice: its action's event in `events`, with the stated acute reason for
 * `acuut-handelen`.
 */
export function actionEvent(
  choice: { action?: CaseAction; acuteReason?: AcuteReason },
  events: ActionEvents,
): StappenplanEvent | null {
  if (!choice.action) return null;
  if (choice.action === 'acuut-handelen') return { type: 'acuut.handelen', reden: choice.acuteReason! };
  const event = events[choice.action];
  if (!event) throw new Error(`geen stappenplan-gebeurtenis voor de actie "${choice.action}" bij deze casus`);
  return event;
}
