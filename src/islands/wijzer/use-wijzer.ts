import { useEffect, useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import type { StappenplanEvent } from '../../../modules/stappenplan/stappenplan.machine.ts';
import type { StappenChecklist } from '../../../modules/wijzer/stappen-checklist.ts';
import type { WijzerRun, WijzerSetup } from '../../../modules/wijzer/wijzer-run.ts';
import type { WijzerLater, WijzerNotice, WijzerView } from './wijzer-types.ts';

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
 * (modules/wijzer/wijzer-run.ts, in `later`: null until that code has loaded), which accepts or refuses
 * it; this hook only chooses the screen. There is a run only once `later` is there.
 */
export function useWijzer(later: WijzerLater | null) {
  const [state, setState] = useState<WijzerState>({ run: null, view: 'start', notice: null });
  // "Begin" pressed before the stappenplan's code was there: the situation begins once it has loaded.
  const [pending, setPending] = useState<WijzerSetup | null>(null);
  const { run } = state;

  useEffect(() => {
    if (!later || !pending) return;
    setPending(null);
    setState({ run: later.startWijzer(pending), view: 'stappen', notice: null });
  }, [later, pending]);

  const accept = (
    { caseText, wijzerLaterStrings }: WijzerLater,
    next: WijzerRun,
    event: StappenplanEvent,
  ) => {
    const notice =
      event.type === 'afweging.beantwoorden'
        ? {
            kind: 'info' as const,
            text: format(wijzerLaterStrings['wijzer.answered'], {
              n: event.afweging,
              answer: caseText.answer[event.antwoord],
              outcome: caseText.outcome[`afweging-${event.afweging}-${event.antwoord}`],
            }),
          }
        : null;
    setState({ run: next, view: next.snapshot.status === 'done' ? 'samenvatting' : 'vraag', notice });
  };

  const send = (event: StappenplanEvent) => {
    if (!run || !later) return;
    const result = later.sendInWijzer(run, event);
    if (result.ok) accept(later, result.run, event);
    else setState({ ...state, notice: { kind: 'refusal', text: result.explanation } });
  };

  return {
    state,
    /** Starts a new situation, or opens a saved one. */
    open(next: WijzerRun, notice: WijzerNotice | null = null) {
      setState({ run: next, view: viewOf(next), notice });
    },
    begin(setup: WijzerSetup) {
      if (later) setState({ run: later.startWijzer(setup), view: 'stappen', notice: null });
      else setPending(setup);
    },
    /** Steps 1–3 as the checklist says now: replayed from the start, so the checklist is the record. */
    submitSteps(list: StappenChecklist) {
      if (!run || !later) return;
      const { startWijzer, sendAllInWijzer, checklistEvents, explainToProfessional } = later;
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
      if (!run || !later || run.events.length === 0) return;
      const back = later.resumeWijzer(run.setup, run.events.slice(0, -1));
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
