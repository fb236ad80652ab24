import { attemptId } from '../scoring/attempt.ts';
import { lessonKey, type Progress } from './progress.ts';

/** What moduleTime needs of a module: its id (the beroepsgroep), its lessons and its cases. */
export interface TimeModule {
  id: string;
  lessons: readonly { slug: string }[];
  cases: readonly { id: string }[];
}

/** The measured time and tries of one module. */
export interface ModuleTime {
  /** Active seconds measured over the module's lessons and every attempt at its cases (any version). */
  seconds: number;
  /** Lessons read and attempts made without a measured time (before version 3 of the record, or without JavaScript). */
  unmeasured: number;
  /** Case attempts made (every try counts, finished or not). */
  caseAttempts: number;
  /** Knowledge-check tries: every time the learner checked an answer. */
  questionTries: number;
}

/**
 * A module's measured time: the sum over its items, each lesson and each distinct attempt once (see
 * merge-progress.ts). An item read or played without a time entry counts in `unmeasured`, never as
 * zero, so `seconds` is a lower bound whenever `unmeasured` is not 0.
 */
export function moduleTime(module: TimeModule, progress: Progress): ModuleTime {
  const { lessons, attempts } = progress.time;
  let seconds = 0;
  let unmeasured = 0;
  const count = (times: Record<string, number>, key: string, done: boolean) => {
    if (Object.hasOwn(times, key)) seconds += times[key];
    else if (done) unmeasured++;
  };
  for (const lesson of module.lessons) {
    const key = lessonKey(module.id, lesson.slug);
    count(lessons, key, progress.lessons.includes(key));
  }
  const caseIds = new Set(module.cases.map((c) => c.id));
  const played = progress.attempts.filter((attempt) => caseIds.has(attempt.caseId));
  for (const attempt of played) count(attempts, attemptId(attempt), true);
  const prefix = `${module.id}/`;
  const questionTries = Object.entries(progress.answers)
    .filter(([key]) => key.startsWith(prefix))
    .reduce((sum, [, answer]) => sum + answer.tries, 0);
  return { seconds, unmeasured, caseAttempts: played.length, questionTries };
}
