import { INPUTS, trackActiveTime } from './track-active-time.ts';

/**
 * Measures the active time on a lesson page from the moment its scripts run and adds it to the lesson
 * in the progress record (`element` names it in `data-lesson-time`). This part is a few hundred bytes;
 * the progress code that saves (save-lesson-time.ts) loads at the learner's first input, or at the
 * first save if that comes sooner. Seconds whose save could not load yet (offline) wait for the next.
 */
export function startLessonTime(element: HTMLElement): void {
  const key = element.dataset.lessonTime;
  if (!key) return;
  let saver: Promise<typeof import('./save-lesson-time.ts')> | undefined;
  const load = () =>
    (saver ??= import('./save-lesson-time.ts').catch((error: unknown) => {
      saver = undefined; // not loaded (offline before it ever was): the next save tries again
      throw error;
    }));
  let unsaved = 0;
  trackActiveTime(
    () => key,
    (_key, seconds) => {
      unsaved += seconds;
      load().then(({ saveLessonTime }) => {
        saveLessonTime(key, unsaved);
        unsaved = 0;
      }, Boolean);
    },
  );
  for (const name of INPUTS)
    document.addEventListener(name, () => load().catch(Boolean), {
      capture: true,
      passive: true,
      once: true,
    });
  element.dataset.counting = '';
}
