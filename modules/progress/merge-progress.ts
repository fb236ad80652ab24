import { attemptId, type Attempt } from '../scoring/attempt.ts';
import { canonicalJson } from '../scoring/hash-case.ts';
import { PROGRESS_KIND, PROGRESS_VERSION, type Answer, type Progress } from './progress.ts';

/**
 * Combines two progress records, e.g. what this tab holds and what another tab saved meanwhile, so
 * neither overwrites the other: every lesson read in either, the latest answer to each question,
 * every attempt (by attemptId; of two copies of one attempt the longer log, since a log only grows),
 * and the first completion date of each module. The order of the arguments does not matter, merging
 * a record with itself changes nothing, and the output is sorted, so equal progress is equal JSON.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    kind: PROGRESS_KIND,
    version: PROGRESS_VERSION,
    lessons: [...new Set([...a.lessons, ...b.lessons])].sort(),
    answers: mergeRecords(a.answers, b.answers, laterAnswer),
    attempts: mergeAttempts([...a.attempts, ...b.attempts]),
    completed: mergeRecords(a.completed, b.completed, (x, y) => (Date.parse(x) <= Date.parse(y) ? x : y)),
  };
}

function laterAnswer(x: Answer, y: Answer): Answer {
  const difference = Date.parse(x.at) - Date.parse(y.at);
  return difference > 0 ? x : difference < 0 ? y : tieBreak(x, y);
}

function fullerAttempt(x: Attempt, y: Attempt): Attempt {
  const difference = x.events.length - y.events.length;
  return difference > 0 ? x : difference < 0 ? y : tieBreak(x, y);
}

function mergeAttempts(attempts: Attempt[]): Attempt[] {
  const byId = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const id = attemptId(attempt);
    const other = byId.get(id);
    byId.set(id, other ? fullerAttempt(other, attempt) : attempt);
  }
  return [...byId]
    .sort(([idA, a], [idB, b]) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || compare(idA, idB))
    .map(([, attempt]) => attempt);
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    keys.map((key) => {
      // Own keys only: a module id such as "constructor" must not find Object.prototype.
      const inA = Object.hasOwn(a, key);
      return [key, inA && Object.hasOwn(b, key) ? pick(a[key], b[key]) : inA ? a[key] : b[key]];
    }),
  );
}

// Two different values that rank equal (same time, same length) still merge the same way in every tab.
function tieBreak<T>(x: T, y: T): T {
  return compare(canonicalJson(x), canonicalJson(y)) >= 0 ? x : y;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
