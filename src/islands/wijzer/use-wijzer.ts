import { useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { explainToProfessional } from '../../../modules/stappenplan/explain-to-professional.ts';
import { caseText } from '../../../modules/strings/nl-case.ts';
import type { StappenplanEvent } from '../../../modules/stappenplan/stappenplan.machine.ts';
import { checklistEvents, type StappenChecklist } from '../../../modules/wijzer/stappen-checklist.ts';
import {
  resumeWijzer,
  sendAllInWijzer,
  sendInWijzer,
  startWijzer,
  type WijzerRun,
  type WijzerSetup,
} from '../../../modules/wijzer/wijzer-run.ts';
import type { WijzerNotice, WijzerStrings, WijzerView } from './wijzer-types.ts';

export interface WijzerState {
  run: WijzerRun | null;
  view: WijzerView;
  notice: WijzerNotice | null;
}

/** The screen that fits a run: steps 1–3 before weighing, the summary at the end, else the next question. */
export function viewOf(run: WijzerRun): WijzerView {
  if (run.snapshot.status === 'done') return 'samenvatting';
  return run.snapshot.matches('verkennen') ? 'stappen' : 'vraag';
}

/**
 * The wijzer's state and what the professional can do. Every step goes to the stappenplan machine
 * (modules/wijzer/wijzer-run.ts), which accepts or refuses it; this hook only chooses the screen.
 */
export function useWijzer(strings: WijzerStrings) {
  const [state, setState] = useState<WijzerState>({ run: null, view: 'start', notice: null });
  const { run } = state;

  const accept = (next: WijzerRun, event: StappenplanEvent) => {
    const notice =
      event.type === 'afweging.beantwoorden'
        ? {
            kind: 'info' as const,
            text: format(strings['wijzer.answered'], {
              n: event.afweging,
              answer: caseText.answer[event.antwoord],
              outcome: caseText.outcome[`afweging-${event.afweging}-${event.antwoord}`],
            }),
          }
        : null;
    setState({ run: next, view: next.snapshot.status === 'done' ? 'samenvatting' : 'vraag', notice });
  };

  const send = (event: StappenplanEvent) => {
    if (!run) return;
    const result = sendInWijzer(run, event);
    if (result.ok) accept(result.run, event);
    else setState({ ...state, notice: { kind: 'refusal', text: result.explanation } });
  };

  return {
    state,
    /** Starts a new situation, or opens a saved one. */
    open(next: WijzerRun, notice: WijzerNotice | null = null) {
      setState({ run: next, view: viewOf(next), notice });
    },
    begin(setup: WijzerSetup) {
      setState({ run: startWijzer(setup), view: 'stappen', notice: null });
    },
    /** Steps 1–3 as the checklist says now: replayed from the start, so the checklist is the record. */
    submitSteps(list: StappenChecklist) {
      if (!run) return;
      const { run: next, explanations } = sendAllInWijzer(startWijzer(run.setup), checklistEvents(list));
      // Afweging 1 comes after steps 1–3: say what is still open now, not after the first answer.
      const toAfweging1 = { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' } as const;
      if (explanations.length === 0 && !next.snapshot.can(toAfweging1))
        explanations.push(explainToProfessional(next.snapshot, toAfweging1));
      if (explanations.length > 0)
        setState({ run: next, view: 'stappen', notice: { kind: 'refusal', text: explanations.join(' ') } });
      else setState({ run: next, view: 'vraag', notice: null });
    },
    send,
    /** Takes back the last answer (an afweging, following help, a report). */
    undo() {
      if (!run || run.events.length === 0) return;
      const back = resumeWijzer(run.setup, run.events.slice(0, -1));
      if (back) setState({ run: back, view: 'vraag', notice: null });
    },
    show(view: WijzerView) {
      setState({ ...state, view, notice: null });
    },
    restart() {
      setState({ run: null, view: 'start', notice: null });
    },
  };
}
