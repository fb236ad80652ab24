import { and, assign, not } from 'xstate';
import { setupMachine } from './setup-machine.ts';
import { isAcuteReason, type AcuteReason } from './acute-reasons.ts';
import type { StateMeta } from './state-meta.ts';
import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import {
  collegaRouteGeldt,
  initialContext,
  isOverslaanReden,
  stappen1tot3Klaar,
  type AfwegingNummer,
  type Antwoord,
  type Delict,
  type GesprekOverslaanReden,
  type MeldReden,
  type OverlegPartner,
  type StappenplanContext,
  type Verdachte,
} from './stappenplan.rules.ts';

/** Everything a professional can do in the stappenplan. */
export type StappenplanEvent =
  | { type: 'signalen.vastleggen' }
  | { type: 'kindcheck.uitvoeren'; zorgen: boolean }
  | { type: 'overleg.voeren'; met: OverlegPartner }
  | { type: 'gesprek.voeren' }
  | { type: 'gesprek.overslaan'; reden: GesprekOverslaanReden }
  | { type: 'afweging.beantwoorden'; afweging: AfwegingNummer; antwoord: Antwoord }
  | { type: 'melding.doen'; hulpGaatDoor: boolean }
  | { type: 'hulp.volgen' }
  | { type: 'acuut.handelen'; reden: AcuteReason }
  | { type: 'collega.vermoeden'; delict: Delict; verdachte: 'medewerker' | 'houder' }
  | { type: 'houder.informeren' }
  | { type: 'vertrouwensinspecteur.raadplegen'; redelijkVermoeden: boolean }
  | { type: 'aangifte.doen' };

export interface StappenplanInput {
  client: 'kind' | 'volwassene';
  sector: Sector;
  /** Who is suspected; only kinderopvang and onderwijs cases declare it (default: someone at home). */
  verdachte?: Verdachte;
}

type Answer = { afweging: AfwegingNummer; antwoord: Antwoord };

const answer = (afweging: AfwegingNummer, antwoord: Antwoord) => ({
  type: 'isAntwoord' as const,
  params: { afweging, antwoord },
});
const record = (afweging: AfwegingNummer, antwoord: Antwoord) => ({
  type: 'antwoordVastleggen' as const,
  params: { afweging, antwoord },
});
// Acute danger: act now (112/politie and Veilig Thuis) without waiting for the other steps, for a stated reason.
const acuut = {
  guard: 'erkendeAcuteReden' as const,
  target: '#stappenplan.gemeld',
  actions: 'acuutVastleggen' as const,
};

// The route for a suspected colleague, its ends included, is one moment: it leaves the stappenplan.
const collegaRouteMeta = { moment: { kind: 'collega-route' }, phase: 'collega-route' } satisfies StateMeta;

const toMelden = (afweging: AfwegingNummer, antwoord: Antwoord, reden: MeldReden) => ({
  guard: answer(afweging, antwoord),
  target: '#stappenplan.melden',
  actions: [record(afweging, antwoord), { type: 'meldRedenVastleggen' as const, params: { reden } }],
});

/**
 * The meldcode as a statechart: the five steps, the five afwegingen of the afwegingskader and the
 * separate statutory route for a suspected colleague. Every case scenario runs on this machine.
 * Every state carries its `meta` (state-meta.ts): what the learner is asked there, and its phase.
 */
export const stappenplanMachine = setupMachine({
  types: {
    context: {} as StappenplanContext,
    events: {} as StappenplanEvent,
    input: {} as StappenplanInput,
    meta: {} as StateMeta,
  },
  guards: {
    isAntwoord: ({ event }, params: Answer) =>
      event.type === 'afweging.beantwoorden' &&
      event.afweging === params.afweging &&
      event.antwoord === params.antwoord,
    stappen1tot3Klaar: ({ context }) => stappen1tot3Klaar(context),
    collegaRouteGeldt: ({ context, event }) =>
      event.type === 'collega.vermoeden' &&
      event.verdachte === context.verdachte &&
      collegaRouteGeldt(context.sector, event.delict, context.client),
    kindcheckZorgen: ({ context }) => context.kindcheck?.zorgen === true,
    erkendeAcuteReden: ({ event }) => event.type === 'acuut.handelen' && isAcuteReason(event.reden),
    erkendeOverslaanReden: ({ event }) => event.type === 'gesprek.overslaan' && isOverslaanReden(event.reden),
    verdachteIsHouder: ({ event }) => event.type === 'collega.vermoeden' && event.verdachte === 'houder',
    redelijkVermoeden: ({ event }) =>
      event.type === 'vertrouwensinspecteur.raadplegen' && event.redelijkVermoeden,
  },
  actions: {
    signalenVastleggen: assign({ signalenVastgelegd: true }),
    // Concerns found once stay on record: a later check without concerns does not erase them.
    kindcheckVastleggen: assign({
      kindcheck: ({ context, event }) =>
        event.type === 'kindcheck.uitvoeren'
          ? { zorgen: event.zorgen || context.kindcheck?.zorgen === true }
          : context.kindcheck,
    }),
    overlegVastleggen: assign({
      overleg: ({ context, event }) =>
        event.type === 'overleg.voeren' && !context.overleg.includes(event.met)
          ? [...context.overleg, event.met]
          : context.overleg,
    }),
    gesprekVastleggen: assign({
      gesprek: ({ context, event }) =>
        event.type === 'gesprek.voeren'
          ? ('gevoerd' as const)
          : event.type === 'gesprek.overslaan'
            ? { overgeslagen: event.reden }
            : context.gesprek,
    }),
    antwoordVastleggen: assign({
      antwoorden: ({ context }, params: Answer) => ({
        ...context.antwoorden,
        [params.afweging]: params.antwoord,
      }),
    }),
    meldRedenVastleggen: assign({
      melding: (_, params: { reden: MeldReden }) => ({ reden: params.reden, hulpGaatDoor: false }),
    }),
    meldingVastleggen: assign({
      melding: ({ context, event }) => ({
        reden: context.melding?.reden ?? 'acuut',
        hulpGaatDoor: event.type === 'melding.doen' && event.hulpGaatDoor,
      }),
    }),
    // From `melden`, the outcome that called for the report stays on record.
    acuutVastleggen: assign({
      melding: ({ context }) => ({ reden: context.melding?.reden ?? ('acuut' as const), hulpGaatDoor: true }),
      acuut: ({ event }) => (event.type === 'acuut.handelen' ? event.reden : null),
    }),
    hulpGevolgdVastleggen: assign({ hulpGevolgd: true }),
    collegaVermoedenVastleggen: assign({
      collega: ({ event }) =>
        event.type === 'collega.vermoeden' ? { delict: event.delict, verdachte: event.verdachte } : null,
    }),
    inspecteurAdviesVastleggen: assign({
      collega: ({ context, event }) =>
        context.collega && event.type === 'vertrouwensinspecteur.raadplegen'
          ? { ...context.collega, redelijkVermoeden: event.redelijkVermoeden }
          : context.collega,
    }),
  },
}).createMachine({
  id: 'stappenplan',
  context: ({ input }) => initialContext(input),
  initial: 'verkennen',
  states: {
    verkennen: {
      description: 'stap 1 tot en met 3 (signalen, overleg, gesprek)',
      // Steps 1–3 in any order, then afweging 1: no single phase.
      meta: { moment: { kind: 'afweging', nummer: 1 } },
      on: {
        'acuut.handelen': acuut,
        'signalen.vastleggen': { actions: 'signalenVastleggen' },
        'kindcheck.uitvoeren': { actions: 'kindcheckVastleggen' },
        'overleg.voeren': { actions: 'overlegVastleggen' },
        'gesprek.voeren': { actions: 'gesprekVastleggen' },
        'gesprek.overslaan': { guard: 'erkendeOverslaanReden', actions: 'gesprekVastleggen' },
        'afweging.beantwoorden': [
          {
            guard: and(['stappen1tot3Klaar', not('kindcheckZorgen'), answer(1, 'nee')]),
            target: 'afgesloten',
            actions: record(1, 'nee'),
          },
          { guard: and(['stappen1tot3Klaar', answer(1, 'ja')]), target: 'wegen', actions: record(1, 'ja') },
        ],
        'collega.vermoeden': [
          {
            guard: and(['collegaRouteGeldt', 'verdachteIsHouder']),
            target: 'collegaRoute.aangifte',
            actions: 'collegaVermoedenVastleggen',
          },
          { guard: 'collegaRouteGeldt', target: 'collegaRoute', actions: 'collegaVermoedenVastleggen' },
        ],
      },
    },
    /** Step 4: afweging 2 — acute or structural unsafety? */
    wegen: {
      description: 'afweging 2 (acute of structurele onveiligheid?)',
      meta: { moment: { kind: 'afweging', nummer: 2 }, phase: 'afweging-2' },
      on: {
        'acuut.handelen': acuut,
        'overleg.voeren': { actions: 'overlegVastleggen' },
        'afweging.beantwoorden': [
          toMelden(2, 'ja', 'afweging-2-ja'),
          { guard: answer(2, 'nee'), target: 'beslissen', actions: record(2, 'nee') },
        ],
      },
    },
    /** Step 5: afwegingen 3–5 — is help possible, accepted and effective? */
    beslissen: {
      description: 'stap 5 (beslissen over hulp)',
      meta: { phase: 'stap-5' },
      initial: 'afweging3',
      on: { 'acuut.handelen': acuut, 'overleg.voeren': { actions: 'overlegVastleggen' } },
      states: {
        afweging3: {
          description: 'afweging 3 (kan ik passende hulp bieden of organiseren?)',
          meta: { moment: { kind: 'afweging', nummer: 3 }, phase: 'afweging-3' },
          on: {
            'afweging.beantwoorden': [
              toMelden(3, 'nee', 'afweging-3-nee'),
              { guard: answer(3, 'ja'), target: 'afweging4', actions: record(3, 'ja') },
            ],
          },
        },
        afweging4: {
          description: 'afweging 4 (aanvaarden de betrokkenen de hulp?)',
          meta: { moment: { kind: 'afweging', nummer: 4 }, phase: 'afweging-4' },
          on: {
            'afweging.beantwoorden': [
              toMelden(4, 'nee', 'afweging-4-nee'),
              { guard: answer(4, 'ja'), target: 'hulpBieden', actions: record(4, 'ja') },
            ],
          },
        },
        hulpBieden: {
          description: 'hulp bieden of organiseren en de effecten volgen (na afweging 4 ja)',
          meta: { moment: { kind: 'hulp-volgen' }, phase: 'stap-5' },
          on: { 'hulp.volgen': { target: 'afweging5', actions: 'hulpGevolgdVastleggen' } },
        },
        afweging5: {
          description: 'afweging 5 (de hulp is gestart en de effecten zijn gevolgd)',
          meta: { moment: { kind: 'afweging', nummer: 5 }, phase: 'afweging-5' },
          on: {
            'afweging.beantwoorden': [
              toMelden(5, 'nee', 'afweging-5-nee'),
              {
                guard: answer(5, 'ja'),
                target: '#stappenplan.afgeslotenMetAfspraken',
                actions: record(5, 'ja'),
              },
            ],
          },
        },
      },
    },
    /** A report to Veilig Thuis is due; help may go on beside it. */
    melden: {
      description: 'melden (een melding bij Veilig Thuis is nodig)',
      // After afweging 2 ja (step 4) or 3, 4, 5 nee (step 5), or from acute danger: no single phase.
      meta: { moment: { kind: 'melden' } },
      on: { 'acuut.handelen': acuut, 'melding.doen': { target: 'gemeld', actions: 'meldingVastleggen' } },
    },
    gemeld: {
      type: 'final',
      description: 'het einde: gemeld bij Veilig Thuis',
      meta: { moment: { kind: 'klaar', end: 'gemeld' } },
    },
    /** Afweging 1 nee: close and record in the file. */
    afgesloten: {
      type: 'final',
      description: 'het einde: afgesloten en vastgelegd na afweging 1 nee',
      meta: { moment: { kind: 'klaar', end: 'afgesloten' } },
    },
    /** Afweging 5 ja: close the help with agreements on following future (un)safety. */
    afgeslotenMetAfspraken: {
      type: 'final',
      description: 'het einde: hulp afgesloten met afspraken na afweging 5 ja',
      meta: { moment: { kind: 'klaar', end: 'afgeslotenMetAfspraken' } },
    },
    /** Suspected offence by a staff member: houder/bestuur, vertrouwensinspecteur, aangifte — not Veilig Thuis. */
    collegaRoute: {
      description: 'de route bij een vermoeden tegen een collega',
      meta: { phase: 'collega-route' },
      initial: 'houderInformeren',
      on: { 'signalen.vastleggen': { actions: 'signalenVastleggen' } },
      states: {
        houderInformeren: {
          description: 'de route bij een vermoeden tegen een collega: de houder informeren',
          meta: collegaRouteMeta,
          on: { 'houder.informeren': 'vertrouwensinspecteur' },
        },
        vertrouwensinspecteur: {
          description: 'de route bij een vermoeden tegen een collega: de vertrouwensinspecteur raadplegen',
          meta: collegaRouteMeta,
          on: {
            'vertrouwensinspecteur.raadplegen': [
              { guard: 'redelijkVermoeden', target: 'aangifte', actions: 'inspecteurAdviesVastleggen' },
              { target: '#stappenplan.geenAangifte', actions: 'inspecteurAdviesVastleggen' },
            ],
          },
        },
        aangifte: {
          description: 'de route bij een vermoeden tegen een collega: aangifte doen',
          meta: collegaRouteMeta,
          on: { 'aangifte.doen': '#stappenplan.aangifteGedaan' },
        },
      },
    },
    aangifteGedaan: { type: 'final', description: 'het einde: aangifte gedaan', meta: collegaRouteMeta },
    /** The vertrouwensinspecteur found no reasonable suspicion of an offence. */
    geenAangifte: {
      type: 'final',
      description: 'het einde: geen redelijk vermoeden volgens de vertrouwensinspecteur',
      meta: collegaRouteMeta,
    },
  },
});
