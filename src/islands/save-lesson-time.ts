import { addLessonTime } from '../../modules/progress/progress-changes.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { updateProgress } from '../storage/update-progress.ts';

let store: LocalStore | null | undefined;

/**
 * Adds `seconds` of active time to the lesson `key` in the progress record; nothing when this browser
 * stores nothing. Loaded apart by start-lesson-time.ts, the first time there is something to save.
 */
export function saveLessonTime(key: string, seconds: number): void {
  if (store === undefined) {
    try {
      store = selectProgressStore();
    } catch {
      store = null; // the browser stores nothing: nothing to keep the time in
    }
  }
  if (store && seconds > 0) void updateProgress(store, (p) => addLessonTime(p, key, seconds));
}
