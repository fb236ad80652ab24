import { lessonKey, type Progress } from './progress.ts';

// The changes a page makes to the progress record: each takes a record and returns a new one (never
// changing the one it got), so updateProgress can apply it to whatever another tab saved meanwhile.

/** The lesson `<beroepsgroep>/<slug>` counts as read. */
export function markLessonRead(progress: Progress, beroepsgroep: string, slug: string): Progress {
  const key = lessonKey(beroepsgroep, slug);
  if (progress.lessons.includes(key)) return progress;
  return { ...progress, lessons: [...progress.lessons, key].sort() };
}

/** The learner's latest answer to a question (options in the order chosen), replacing an earlier one. */
export function recordAnswer(
  progress: Progress,
  key: string,
  options: readonly string[],
  at: Date,
): Progress {
  return {
    ...progress,
    answers: { ...progress.answers, [key]: { options: [...new Set(options)], at: at.toISOString() } },
  };
}

/** The module counts as completed from `at`; a module completed before keeps its first date. */
export function markModuleCompleted(progress: Progress, moduleId: string, at: Date): Progress {
  if (Object.hasOwn(progress.completed, moduleId)) return progress;
  return { ...progress, completed: { ...progress.completed, [moduleId]: at.toISOString() } };
}
