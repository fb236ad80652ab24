import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { compilePlayableCase, type PlayableCase } from '../../modules/case-run/playable-case.ts';
import { attemptId } from '../../modules/scoring/attempt-start.ts';
import type { Attempt } from '../../modules/scoring/attempt.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { mayHaveStoredProgress } from '../storage/stored-progress.ts';
import { withAttempt } from './case-attempts.ts';
import type { EarlyChoice } from './early-choice.ts';
import { useActiveTime } from './use-active-time.ts';
import * as player from './player-state.ts';

type ProgressCode = typeof import('./case-progress.ts');
/** The code that reads and saves progress (case-progress.ts), loaded once, when first needed. */
let progressCode: Promise<ProgressCode> | null = null;
const loadProgressCode = () =>
  (progressCode ??= import('./case-progress.ts').catch((error: unknown) => {
    progressCode = null; // offline before it was ever loaded: the next save tries again
    throw error;
  }));

/**
 * The case player's state: compiles the case once, reads stored attempts after hydration (resuming an
 * unfinished one), and saves the attempt after every choice, merged with what other tabs saved. With
 * nothing stored (a first visit) the case starts at once, and the code that reads and saves progress
 * loads after the first paint. A first choice the page took while it loaded (early-choice.ts) is made
 * at once. The island renders `state` and calls the actions; the case run decides every step of the case.
 * Active time (use-active-time.ts) goes to the attempt being played: the time before the first choice
 * to the attempt that choice makes, the result screen to the attempt just finished.
 */
export function useCaseRun(playable: PlayableCase, early: EarlyChoice | null) {
  const compiled = useMemo(() => compilePlayableCase(playable), [playable]);
  // An attempt the page began while it loaded (early-choice.ts) is on the page in its seed's order.
  const [state, setState] = useState(() =>
    early ? player.startState(compiled, playable, [], early.seed) : player.loadingState(compiled),
  );
  const [notice, setNotice] = useState<string | null>(null);
  // The notices about stored progress come with the code that reads it.
  const [startStrings, setStartStrings] = useState<ProgressCode['playerStartStrings'] | null>(null);
  const store = useRef<Promise<{ code: ProgressCode; local: LocalStore } | null> | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const caseId = playable.def.id;

  /** The progress store with the code that uses it; null (and the notice said) where the browser stores nothing. */
  const openStore = () =>
    (store.current ??= loadProgressCode().then(
      (code) => {
        setStartStrings(code.playerStartStrings);
        try {
          return { code, local: code.selectProgressStore() };
        } catch {
          setNotice(code.playerStartStrings['player.noStorage']);
          return null;
        }
      },
      () => {
        store.current = null;
        return null;
      },
    ));

  // Before the first paint after hydration: with nothing stored the choices are there at once, not a
  // frame later (on a slow phone that frame is about 100 ms: npm run bench -- "slow 4G").
  useLayoutEffect(() => {
    if (early) {
      // The choice taken while the page loaded: the case run judges it now.
      if (early.choice !== null) choose(early.choice);
      return;
    }
    if (!mayHaveStoredProgress()) {
      setState(player.startState(compiled, playable, []));
      return;
    }
    void openStore().then(async (opened) => {
      if (!opened) {
        setState(player.startState(compiled, playable, []));
        return;
      }
      const read = await opened.code.readState(opened.local);
      setNotice(read.notice ?? null);
      setState(player.startState(compiled, playable, read.progress.attempts));
    });
  }, [compiled]);

  const save = (attempt: Attempt) => {
    // One save at a time: each reads what is stored (maybe another tab's) and merges before writing.
    saving.current = saving.current.then(async () => {
      const opened = await openStore();
      if (!opened) return;
      const saved = await opened.code.updateProgress(opened.local, (progress) =>
        withAttempt(progress, attempt),
      );
      if (saved.notice) setNotice(saved.notice);
      setState((current) => player.withStored(current, saved.progress.attempts, caseId));
    });
  };

  function choose(choice: string) {
    const made = player.choose(state, playable, choice);
    if (!made) return;
    setState(made.state);
    save(made.save);
  }

  useActiveTime(
    state.attempt ? attemptId(state.attempt) : null,
    (id, seconds) => {
      saving.current = saving.current.then(async () => {
        const opened = await openStore();
        if (!opened) return;
        await opened.code.updateProgress(opened.local, (p) => opened.code.addAttemptTime(p, id, seconds));
      });
    },
    // Loaded after the first paint, also to measure: fetched while the learner reads, so a save never
    // waits for it, and the service worker keeps it (a case opened online and played on after the
    // network drops still saves every choice).
    loadProgressCode,
  );

  return {
    compiled,
    state,
    /** What to say about stored progress, in plain Dutch: what was found, resumed or could not be kept. */
    notices: [notice, state.start && startStrings?.[`player.${state.start}`]].filter(
      (text): text is string => !!text,
    ),
    choose,
    proceed: () => setState(player.proceed(state)),
    continueAfter: () => setState(player.continueAfter(state)),
    restart: () => setState(player.restart(state, compiled)),
    review: (next: player.Review | null) => setState(player.review(state, next)),
  };
}
