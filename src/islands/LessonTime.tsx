import { useMemo } from 'preact/hooks';
import { addLessonTime } from '../../modules/progress/progress-changes.ts';
import { lessonKey } from '../../modules/progress/progress.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { updateProgress } from '../storage/update-progress.ts';
import { useActiveTime } from './use-active-time.ts';

/**
 * Measures the active time on a lesson page and adds it to the lesson in the progress record. It
 * shows nothing; it hydrates when the page is idle, not with the knowledge check (which waits until
 * it scrolls into view, after most of the reading).
 */
export default function LessonTime({ beroepsgroep, slug }: { beroepsgroep: string; slug: string }) {
  const store = useMemo(() => {
    try {
      return selectProgressStore();
    } catch {
      return null; // the browser stores nothing: nothing to measure for
    }
  }, []);
  useActiveTime(store && lessonKey(beroepsgroep, slug), (key, seconds) => {
    if (store) void updateProgress(store, (p) => addLessonTime(p, key, seconds));
  });
  return null;
}
