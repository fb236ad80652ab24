import type { SnapshotFrom } from 'xstate';
import { acuteReasons, isAcuteReason } from './acute-reasons.ts';
import { activePath } from './active-path.ts';
import { stappenplanMachine, type StappenplanEvent } from './stappenplan.machine.ts';
import {
  collegaRouteGeldt,
  gesprekOverslaanRedenen,
  isOverslaanReden,
  openStappen,
} from './stappenplan.rules.ts';

type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

/** Where the stappenplan stands, in words an author understands: the state's own description. */
export function describePosition(snapshot: Snapshot): string {
  const path = activePath(snapshot.value);
  return stappenplanMachine.getStateNodeById(`stappenplan.${path}`).description ?? path;
}

/** Why the stappenplan refuses an event in this state: the rule, and what would be allowed (in Dutch, for authors). */
export function explainRefusal(snapshot: Snapshot, event: StappenplanEvent): string {
  const ctx = snapshot.context;
  const here = `het stappenplan is bij ${describePosition(snapshot)}`;
  if (snapshot.status === 'done') return `${here}; daarna kan er niets meer volgen`;
  switch (event.type) {
    case 'afweging.beantwoorden':
      if (snapshot.matches('verkennen') && event.afweging === 1) {
        const open = openStappen(ctx);
        if (open.length > 0) return `afweging 1 komt na stap 1 tot en met 3; nog open: ${open.join('; ')}`;
        return 'de kindcheck vond zorgen over de kinderen, dus afweging 1 kan geen "nee" zijn: weeg de veiligheid van de kinderen mee in afweging 2';
      }
      if (snapshot.matches('melden'))
        return `${here}: na deze uitkomst volgt melden of melden-en-hulp-bieden`;
      if (snapshot.matches({ beslissen: 'hulpBieden' }))
        return `${here}: afweging 5 kan pas als de hulp is gestart en de effecten zijn gevolgd; zet eerst een keuze met action: hulp-volgen op een eigen stap-5-moment`;
      return `${here}, dus afweging ${event.afweging} kan nu niet; de afwegingen gaan in de volgorde 1 tot en met 5`;
    case 'melding.doen':
      return `${here}; melden volgt op afweging 2 ja, 3 nee, 4 nee of 5 nee (of bij acuut gevaar: acuut-handelen)`;
    case 'hulp.volgen':
      return `${here}; hulp-volgen hoort na afweging 4 ja, voor afweging 5`;
    case 'acuut.handelen':
      if (!isAcuteReason(event.reden))
        return `acuut-handelen vraagt een acuteReason uit de lijst van acute situaties: ${acuteReasons.join(', ')}`;
      return `${here}; direct handelen hoort bij stap 1 tot en met 5, niet bij de route voor een collega`;
    case 'collega.vermoeden':
      // The sector rule first: where the route never applies, declaring a suspect would not help.
      if (!collegaRouteGeldt(ctx.sector, event.delict, ctx.client)) {
        return `de wettelijke route bij een verdachte collega geldt in de kinderopvang (zeden en mishandeling) en in het onderwijs (zeden tegen een minderjarige leerling), niet voor ${event.delict} in de sector ${ctx.sector} met een cliënt die ${ctx.client} is`;
      }
      if (event.verdachte !== ctx.verdachte) {
        return `deze casus noemt als verdachte "${ctx.verdachte}", niet "${event.verdachte}"; pas verdachte bovenaan de casus aan of kies de actie die erbij past`;
      }
      return `${here}; een vermoeden tegen een collega breng je in kaart tijdens stap 1 tot en met 3`;
    case 'houder.informeren':
    case 'vertrouwensinspecteur.raadplegen':
    case 'aangifte.doen':
      return `${here}; de route bij een verdachte collega gaat: houder-informeren, dan vertrouwensinspecteur-…, dan aangifte-doen`;
    case 'gesprek.overslaan':
      if (!isOverslaanReden(event.reden)) {
        return `het gesprek mag alleen worden overgeslagen om ${gesprekOverslaanRedenen.slice(0, -1).join(', ')} of ${gesprekOverslaanRedenen.at(-1)}`;
      }
    // falls through: a recognised reason is refused only outside steps 1–3
    default:
      return `${here}; signalen, kindcheck en gesprek horen bij stap 1 tot en met 3, voor afweging 1`;
  }
}
