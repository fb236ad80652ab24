import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answer } from '../../modules/progress/progress.ts';
import { markLessonRead, recordAnswer, withSeed } from '../../modules/progress/progress-changes.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { updateProgress, type ProgressState } from '../storage/update-progress.ts';

/** What the knowledge check shows of the stored progress. */
export interface LessonProgress {
  /** False until the stored progress was read: before that, nothing is shown as saved. */
  ready: boolean;
  /** Whether this browser keeps what the learner does (false: blocked storage, or a newer site's record). */
  saved: boolean;
  notice?: string;
  /** The answers stored when the check appeared, by question key: to show what was done before. */
  earlier: Record<string, Answer>;
  /** The learner's seed for the order of options: the stored one, or (when nothing can be stored) one for this page. */
  seed: number;
  /** Records the learner's checked answer to a question. */
  answer(key: string, options: string[], right: boolean): void;
}

/**
 * The lesson's progress for its knowledge check. The check hydrates when it scrolls into view, and
 * that is the moment the lesson counts as read: the hook marks it at once (and gives the record a
 * seed for the order of options if it has none), then keeps each answer.
 */
export function useLessonProgress(beroepsgroep: string, slug: string): LessonProgress {
  const store = useMemo(() => selectProgressStore(), []);
  const fresh = useMemo(() => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!, []);
  const [state, setState] = useState<ProgressState>();
  const [earlier, setEarlier] = useState<Record<string, Answer>>({});
  // Fixed for the page once read: a seed another tab saves meanwhile must not reorder open questions.
  const [seed, setSeed] = useState(fresh);
  useEffect(() => {
    void updateProgress(store, (p) => withSeed(markLessonRead(p, beroepsgroep, slug), fresh)).then(
      (first) => {
        setEarlier(first.progress.answers);
        setSeed(first.progress.seed ?? fresh);
        setState(first);
      },
    );
  }, []);
  return {
    ready: state !== undefined,
    saved: state?.writable ?? false,
    notice: state?.notice,
    earlier,
    seed,
    answer: (key, options, right) =>
      void updateProgress(store, (p) => recordAnswer(p, key, { options, right }, new Date())).then(setState),
  };
}
