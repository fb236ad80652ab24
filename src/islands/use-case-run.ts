import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compilePlayableCase, type PlayableCase } from '../../modules/case-run/playable-case.ts';
import { addAttemptTime } from '../../modules/progress/progress-changes.ts';
import { attemptId, type Attempt } from '../../modules/scoring/attempt.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState, updateProgress } from '../storage/update-progress.ts';
import { withAttempt } from './case-attempts.ts';
import { useActiveTime } from './use-active-time.ts';
import * as player from './player-state.ts';

/**
 * The case player's state: compiles the case once, reads stored attempts after hydration (resuming an
 * unfinished one), and saves the attempt after every choice, merged with what other tabs saved. The
 * island renders `state` and calls the actions; the case run decides every step of the case.
 * Active time (use-active-time.ts) goes to the attempt being played: the time before the first choice
 * to the attempt that choice makes, the result screen to the attempt just finished.
 */
export function useCaseRun(playable: PlayableCase) {
  const compiled = useMemo(() => compilePlayableCase(playable), [playable]);
  const [state, setState] = useState(() => player.loadingState(compiled));
  const [notice, setNotice] = useState<string | null>(null);
  const store = useRef<LocalStore | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const caseId = playable.def.id;

  useEffect(() => {
    let local: LocalStore;
    try {
      local = selectProgressStore();
    } catch {
      setNotice('noStorage');
      setState(player.startState(compiled, playable, []));
      return;
    }
    store.current = local;
    void readState(local).then((read) => {
      setNotice(read.notice ?? null);
      setState(player.startState(compiled, playable, read.progress.attempts));
    });
  }, [compiled]);

  const save = (attempt: Attempt) => {
    const local = store.current;
    if (!local) return;
    // One save at a time: each reads what is stored (maybe another tab's) and merges before writing.
    saving.current = saving.current.then(async () => {
      const saved = await updateProgress(local, (progress) => withAttempt(progress, attempt));
      if (saved.notice) setNotice(saved.notice);
      setState((current) => player.withStored(current, saved.progress.attempts, caseId));
    });
  };

  useActiveTime(state.attempt ? attemptId(state.attempt) : null, (id, seconds) => {
    const local = store.current;
    if (!local) return;
    saving.current = saving.current.then(() => updateProgress(local, (p) => addAttemptTime(p, id, seconds)));
  });

  return {
    compiled,
    state,
    /** A plain Dutch message about stored progress, or `noStorage` when the browser stores nothing. */
    notice,
    choose(choice: string) {
      const made = player.choose(state, playable, choice);
      if (!made) return;
      setState(made.state);
      save(made.save);
    },
    proceed: () => setState(player.proceed(state)),
    continueAfter: () => setState(player.continueAfter(state)),
    restart: () => setState(player.restart(state, compiled)),
    review: (next: player.Review | null) => setState(player.review(state, next)),
  };
}
