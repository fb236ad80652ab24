import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { AcuteReason } from './acute-reasons.ts';

/** Recognised reasons to skip step 3 (the conversation); the reason is recorded. */
export const gesprekOverslaanRedenen = ['gevaar-betrokkenen', 'gevaar-professional', 'geen-contact'] as const;
export type GesprekOverslaanReden = (typeof gesprekOverslaanRedenen)[number];

export type OverlegPartner = 'collega' | 'aandachtsfunctionaris' | 'veilig-thuis' | 'letselduiding';
export type Antwoord = 'ja' | 'nee';
export type AfwegingNummer = 1 | 2 | 3 | 4 | 5;
export type Delict = 'zeden' | 'mishandeling';

/** Who is suspected; in kinderopvang and onderwijs a case declares it, since a staff member or the houder takes another route. */
export type Verdachte = 'huiselijke-kring' | 'medewerker' | 'houder';

/** What the stappenplan has recorded so far: the decisions, not running totals. */
export interface StappenplanContext {
  client: 'kind' | 'volwassene';
  sector: Sector;
  verdachte: Verdachte;
  signalenVastgelegd: boolean;
  kindcheck: null | { zorgen: boolean };
  overleg: OverlegPartner[];
  gesprek: null | 'gevoerd' | { overgeslagen: GesprekOverslaanReden };
  antwoorden: Partial<Record<AfwegingNummer, Antwoord>>;
  melding: null | { reden: MeldReden; hulpGaatDoor: boolean };
  /** Why the professional acted at once: one of the recognised acute situations. */
  acuut: null | AcuteReason;
  /** Afweging 4 ja: help was offered and its effects were followed, so afweging 5 can be judged. */
  hulpGevolgd: boolean;
  collega: null | { delict: Delict; verdachte: 'medewerker' | 'houder'; redelijkVermoeden?: boolean };
}

/** The context of a stappenplan that has just started: nothing done, nothing decided. */
export function initialContext(
  input: Pick<StappenplanContext, 'client' | 'sector'> & { verdachte?: Verdachte },
): StappenplanContext {
  return {
    client: input.client,
    sector: input.sector,
    verdachte: input.verdachte ?? 'huiselijke-kring',
    signalenVastgelegd: false,
    kindcheck: null,
    overleg: [],
    gesprek: null,
    antwoorden: {},
    melding: null,
    acuut: null,
    hulpGevolgd: false,
    collega: null,
  };
}

/** Why a report to Veilig Thuis is due: the outcome that led to it. */
export type MeldReden = 'acuut' | 'afweging-2-ja' | 'afweging-3-nee' | 'afweging-4-nee' | 'afweging-5-nee';

/** Whether a report for this reason leaves no own help to go on with: none is possible (3 nee) or it was refused (4 nee). */
export function geenEigenHulp(reden: MeldReden | undefined): boolean {
  return reden === 'afweging-3-nee' || reden === 'afweging-4-nee';
}

/** Step 1 is done when the signals are recorded and, for an adult client, the kindcheck is done. */
export function stap1Klaar(ctx: StappenplanContext): boolean {
  return ctx.signalenVastgelegd && (ctx.client === 'kind' || ctx.kindcheck !== null);
}

/** Step 2 needs a colleague or the aandachtsfunctionaris; Veilig Thuis and letselduiding are extra. */
export function stap2Klaar(ctx: StappenplanContext): boolean {
  return ctx.overleg.includes('collega') || ctx.overleg.includes('aandachtsfunctionaris');
}

/** Step 3 is done when the conversation took place or was skipped for a recognised safety reason. */
export function stap3Klaar(ctx: StappenplanContext): boolean {
  return ctx.gesprek !== null;
}

/** Weighing (step 4, afweging 1) may start only when steps 1–3 are done, in any order. */
export function stappen1tot3Klaar(ctx: StappenplanContext): boolean {
  return stap1Klaar(ctx) && stap2Klaar(ctx) && stap3Klaar(ctx);
}

/**
 * The statutory route for a suspected colleague: kinderopvang covers sexual offences and assault,
 * onderwijs covers sexual offences against minor pupils; other sectors use the normal steps.
 */
export function collegaRouteGeldt(
  sector: Sector,
  delict: Delict,
  client: StappenplanContext['client'],
): boolean {
  return sector === 'kinderopvang' || (sector === 'onderwijs' && delict === 'zeden' && client === 'kind');
}

/** Only the recognised safety reasons may skip step 3. */
export function isOverslaanReden(reden: string): reden is GesprekOverslaanReden {
  return (gesprekOverslaanRedenen as readonly string[]).includes(reden);
}

/** The steps still open before afweging 1 can be answered, in Dutch, for feedback and errors. */
export function openStappen(ctx: StappenplanContext): string[] {
  const open: string[] = [];
  if (!ctx.signalenVastgelegd) open.push('stap 1: signalen vastleggen');
  if (ctx.client === 'volwassene' && ctx.kindcheck === null) open.push('stap 1: kindcheck');
  if (!stap2Klaar(ctx)) open.push('stap 2: overleg met een collega of de aandachtsfunctionaris');
  if (!stap3Klaar(ctx)) open.push('stap 3: gesprek voeren of overslaan met een veiligheidsreden');
  return open;
}
