import { answerTo, lessonKey, type Progress } from './progress.ts';

// The changes a page makes to the progress record: each takes a record and returns a new one (never
// changing the one it got), so updateProgress can apply it to whatever another tab saved meanwhile.

/** The lesson `<beroepsgroep>/<slug>` counts as read. */
export function markLessonRead(progress: Progress, beroepsgroep: string, slug: string): Progress {
  const key = lessonKey(beroepsgroep, slug);
  if (progress.lessons.includes(key)) return progress;
  return { ...progress, lessons: [...progress.lessons, key].sort() };
}

/**
 * A checked answer to a knowledge-check question (options in the order chosen, and whether they were
 * right). The first try is kept; every try is counted; the latest becomes the one that counts, unless
 * the question was already answered right: then it stays done (another tab may check it again).
 */
export function recordAnswer(
  progress: Progress,
  key: string,
  checked: { options: readonly string[]; right: boolean },
  at: Date,
): Progress {
  const tried = { options: [...new Set(checked.options)], right: checked.right, at: at.toISOString() };
  const earlier = answerTo(progress, key);
  const answer = !earlier
    ? { tries: 1, first: tried, last: tried }
    : {
        tries: earlier.tries + 1,
        first: earlier.first,
        last: earlier.last.right === true ? earlier.last : tried,
      };
  return { ...progress, answers: { ...progress.answers, [key]: answer } };
}

/** The record with a seed for the order of knowledge-check options, unless it has one. */
export function withSeed(progress: Progress, seed: number): Progress {
  return progress.seed === undefined ? { ...progress, seed } : progress;
}

/** The module counts as completed from `at`; a module completed before keeps its first date. */
export function markModuleCompleted(progress: Progress, moduleId: string, at: Date): Progress {
  if (Object.hasOwn(progress.completed, moduleId)) return progress;
  return { ...progress, completed: { ...progress.completed, [moduleId]: at.toISOString() } };
}

/**
 * Adds measured active seconds (active-time.ts) to a lesson. Applied by updateProgress to whatever is
 * stored, so two tabs that each add their own seconds both count.
 */
export function addLessonTime(progress: Progress, key: string, seconds: number): Progress {
  return addTime(progress, 'lessons', key, seconds);
}

/** Adds measured active seconds to a case attempt, by its attemptId (scoring/attempt.ts). */
export function addAttemptTime(progress: Progress, id: string, seconds: number): Progress {
  return addTime(progress, 'attempts', id, seconds);
}

function addTime(progress: Progress, part: 'lessons' | 'attempts', key: string, seconds: number): Progress {
  const add = Math.floor(seconds);
  if (!(add > 0)) return progress;
  const had = Object.hasOwn(progress.time[part], key) ? progress.time[part][key] : 0;
  return { ...progress, time: { ...progress.time, [part]: { ...progress.time[part], [key]: had + add } } };
}
