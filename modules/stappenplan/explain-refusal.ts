import type { SnapshotFrom } from 'xstate';
import type { StappenplanEvent, stappenplanMachine } from './stappenplan.machine.ts';
import {
  collegaRouteGeldt,
  gesprekOverslaanRedenen,
  isOverslaanReden,
  openStappen,
} from './stappenplan.rules.ts';

type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

const positions: Record<string, string> = {
  verkennen: 'steps 1–3',
  wegen: 'afweging 2',
  'beslissen.afweging3': 'afweging 3',
  'beslissen.afweging4': 'afweging 4',
  'beslissen.hulpVolgen': 'afweging 5 (help is being followed)',
  melden: 'melden (a report to Veilig Thuis is due)',
  gemeld: 'the end: reported to Veilig Thuis',
  afgesloten: 'the end: closed and recorded after afweging 1 nee',
  afgeslotenMetAfspraken: 'the end: help closed with agreements after afweging 5 ja',
  'collegaRoute.houderInformeren': 'the route for a suspected colleague: inform the houder',
  'collegaRoute.vertrouwensinspecteur':
    'the route for a suspected colleague: consult the vertrouwensinspecteur',
  'collegaRoute.aangifte': 'the route for a suspected colleague: aangifte',
  aangifteGedaan: 'the end: aangifte filed',
  geenAangifte: 'the end: no reasonable suspicion after consulting the vertrouwensinspecteur',
};

/** Where the stappenplan stands, in words an author understands. */
export function describePosition(snapshot: Snapshot): string {
  const key =
    typeof snapshot.value === 'string'
      ? snapshot.value
      : Object.entries(snapshot.value).map(([k, v]) => `${k}.${v}`)[0];
  return positions[key] ?? key;
}

/** Why the stappenplan refuses an event in this state: the rule, and what would be allowed. */
export function explainRefusal(snapshot: Snapshot, event: StappenplanEvent): string {
  const ctx = snapshot.context;
  const here = `the stappenplan is at ${describePosition(snapshot)}`;
  if (snapshot.status === 'done') return `${here}; nothing can follow in the stappenplan`;
  switch (event.type) {
    case 'afweging.beantwoorden':
      if (snapshot.matches('verkennen') && event.afweging === 1) {
        return `afweging 1 comes after steps 1–3; still open: ${openStappen(ctx).join('; ')}`;
      }
      if (snapshot.matches('melden'))
        return `${here}: after this outcome the next action is melden or melden-en-hulp-bieden`;
      return `${here}, so afweging ${event.afweging} cannot be answered now; the afwegingen go in order 1 to 5`;
    case 'melding.doen':
      return `${here}; melden follows afweging 2 ja, 3 nee, 4 nee or 5 nee (or acute danger: acuut-handelen)`;
    case 'acuut.handelen':
      return `${here}; acute action belongs to steps 1–5, not to the route for a suspected colleague`;
    case 'collega.vermoeden':
      if (!collegaRouteGeldt(ctx.sector, event.delict, ctx.client)) {
        return `the statutory route for a suspected colleague covers kinderopvang (zeden and mishandeling) and onderwijs (zeden against a minor pupil), not ${event.delict} in ${ctx.sector} with a ${ctx.client} client`;
      }
      return `${here}; a suspected colleague is raised while mapping signals (steps 1–3)`;
    case 'houder.informeren':
    case 'vertrouwensinspecteur.raadplegen':
    case 'aangifte.doen':
      return `${here}; the route for a suspected colleague goes houder-informeren, then vertrouwensinspecteur-…, then aangifte-doen`;
    case 'gesprek.overslaan':
      if (!isOverslaanReden(event.reden)) {
        return `the gesprek may be skipped only for ${gesprekOverslaanRedenen.slice(0, -1).join(', ')} or ${gesprekOverslaanRedenen.at(-1)}`;
      }
    // falls through: a recognised reason is refused only outside steps 1–3
    default:
      return `${here}; signals, kindcheck and gesprek belong to steps 1–3, before afweging 1`;
  }
}
