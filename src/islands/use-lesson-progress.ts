import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answer } from '../../modules/progress/progress.ts';
import { markLessonRead, recordAnswer } from '../../modules/progress/progress-changes.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { updateProgress, type ProgressState } from '../storage/update-progress.ts';

/** What the knowledge check shows of the stored progress. */
export interface LessonProgress {
  /** False until the stored progress was read: before that, nothing is shown as saved. */
  ready: boolean;
  /** Whether this browser keeps what the learner does (false: blocked storage, or a newer site's record). */
  saved: boolean;
  notice?: string;
  /** The answers stored when the check appeared, by question key: to tick them again. */
  earlier: Record<string, Answer>;
  /** Records the learner's checked answer to a question. */
  answer(key: string, options: string[], right: boolean): void;
}

/**
 * The lesson's progress for its knowledge check. The check hydrates when it scrolls into view, and
 * that is the moment the lesson counts as read: the hook marks it at once, then keeps each answer.
 */
export function useLessonProgress(beroepsgroep: string, slug: string): LessonProgress {
  const store = useMemo(() => selectProgressStore(), []);
  const [state, setState] = useState<ProgressState>();
  const [earlier, setEarlier] = useState<Record<string, Answer>>({});
  useEffect(() => {
    void updateProgress(store, (p) => markLessonRead(p, beroepsgroep, slug)).then((first) => {
      setEarlier(first.progress.answers);
      setState(first);
    });
  }, []);
  return {
    ready: state !== undefined,
    saved: state?.writable ?? false,
    notice: state?.notice,
    earlier,
    answer: (key, options, right) =>
      void updateProgress(store, (p) => recordAnswer(p, key, { options, right }, new Date())).then(setState),
  };
}
