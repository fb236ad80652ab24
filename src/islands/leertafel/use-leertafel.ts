import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  continueLeertafel,
  presenterNext,
  restartLeertafel,
  startLeertafel,
  stepBack,
  takeChoice,
  toggleExpert,
  viewLeertafel,
  type Leertafel,
} from '../../../modules/case-run/leertafel.ts';
import { compilePlayableCase, type PlayableCase } from '../../../modules/case-run/playable-case.ts';
import { presenterAction } from './presenter-keys.ts';
import type { LeertafelMessage } from './leertafel-strings.ts';

interface State {
  table: Leertafel;
  /** What the live region says: the revealed answer, or why a key did nothing. */
  message: LeertafelMessage | null;
  /** Raised whenever focus should move to the new moment's heading (never on the first render). */
  focus: number;
}

/**
 * The leertafel's state on the case run (modules/case-run/leertafel.ts decides every step): nothing is
 * scored or stored. Presenter keys work anywhere on the page except in a form control.
 */
export function useLeertafel(playable: PlayableCase) {
  const compiled = useMemo(() => compilePlayableCase(playable), [playable]);
  const [state, setState] = useState<State>(() => ({
    table: startLeertafel(compiled),
    message: null,
    focus: 0,
  }));
  const view = viewLeertafel(state.table);

  const moveTo = (table: Leertafel) =>
    setState((current) => ({ table, message: null, focus: current.focus + 1 }));
  const say = (table: Leertafel, message: LeertafelMessage) =>
    setState((current) => ({ ...current, table, message }));
  const announce = (table: Leertafel) => {
    const { expert, revealed } = viewLeertafel(table);
    say(
      table,
      revealed && expert ? { key: 'leertafel.announce', label: expert.label } : { key: 'leertafel.hidden' },
    );
  };

  const actions = {
    next() {
      const next = presenterNext(state.table);
      if (!next) say(state.table, { key: view.done ? 'leertafel.atEnd' : 'leertafel.notOpen' });
      else if (next.run === state.table.run) announce(next);
      else moveTo(next);
    },
    back() {
      const back = stepBack(state.table);
      if (back) moveTo(back);
      else say(state.table, { key: 'leertafel.atStart' });
    },
    take(choice: string) {
      const taken = takeChoice(state.table, choice);
      if (taken) moveTo(taken);
    },
    toggle: () => announce(toggleExpert(state.table)),
    continueOn: () => moveTo(continueLeertafel(state.table)),
    restart: () => moveTo(restartLeertafel(state.table)),
  };

  const latest = useRef(actions);
  latest.current = actions;
  // A layout effect: the keys work from the moment the island is hydrated, not a frame later.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { key, altKey, ctrlKey, metaKey, shiftKey } = event;
      const target = event.target as HTMLElement | null;
      const action = presenterAction({ key, altKey, ctrlKey, metaKey, shiftKey, target });
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return { compiled, table: state.table, view, message: state.message, focus: state.focus, ...actions };
}
