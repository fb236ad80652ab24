import type { SnapshotFrom } from 'xstate';
import { wijzerText } from '../strings/nl-wijzer.ts';
import { isAcuteReason } from './acute-reasons.ts';
import { explainRefusal } from './explain-refusal.ts';
import type { stappenplanMachine, StappenplanEvent } from './stappenplan.machine.ts';
import { isOverslaanReden } from './stappenplan.rules.ts';

type Snapshot = SnapshotFrom<typeof stappenplanMachine>;

/**
 * Why the stappenplan refuses an event, for a professional in the wijzer. The machine's own explanation
 * (explainRefusal) is used wherever it reads as plain Dutch; where it names ids, case fields or
 * actions an author writes, the same rule comes from strings/nl.ts instead. Always one or more whole
 * sentences.
 */
export function explainToProfessional(snapshot: Snapshot, event: StappenplanEvent): string {
  return ownWords(snapshot, event) ?? asSentence(explainRefusal(snapshot, event));
}

function ownWords(snapshot: Snapshot, event: StappenplanEvent): string | undefined {
  if (snapshot.status === 'done') return wijzerText.refusal.done;
  switch (event.type) {
    case 'afweging.beantwoorden':
      if (snapshot.matches({ beslissen: 'hulpBieden' })) return wijzerText.refusal.afweging5VoorHulp;
      if (snapshot.matches('melden')) return wijzerText.refusal.afwegingNaMelden;
      return undefined;
    case 'melding.doen':
      return wijzerText.refusal.melden;
    case 'hulp.volgen':
      return wijzerText.refusal.hulpVolgen;
    case 'acuut.handelen':
      return isAcuteReason(event.reden) ? undefined : wijzerText.refusal.acuteReden;
    case 'gesprek.overslaan':
      return isOverslaanReden(event.reden) ? undefined : wijzerText.refusal.gesprekReden;
    case 'collega.vermoeden':
    case 'houder.informeren':
    case 'vertrouwensinspecteur.raadplegen':
    case 'aangifte.doen':
      return wijzerText.refusal.collega;
    default:
      return undefined;
  }
}

/** The machine's explanations are clauses ("afweging 1 komt na …"); a professional reads a sentence. */
function asSentence(clause: string): string {
  const text = clause.charAt(0).toUpperCase() + clause.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
