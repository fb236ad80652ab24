import { attemptId, type Attempt } from '../scoring/attempt.ts';
import { canonicalJson } from '../scoring/hash-case.ts';
import { PROGRESS_KIND, PROGRESS_VERSION, type Answer, type LastTry, type Progress } from './progress.ts';

/**
 * Combines two progress records, e.g. what this tab holds and what another tab saved meanwhile, so
 * neither overwrites the other: every lesson read in either; per question the earliest first try,
 * the most tries and the try that counts (a right one over a wrong one, else the latest); every
 * attempt (by attemptId; of two copies of one attempt the longer log, since a log only grows); the
 * first completion date of each module; one seed (the lower, so either order gives the same); and
 * per lesson and per attempt the larger measured time. Tabs and browsers that share a record count
 * the same item from the same start, so the larger count already holds the smaller (like `tries`);
 * summing would count one lesson twice. Distinct attempts are distinct items, so a module's time
 * (module-time.ts) sums them; an item measured in neither stays not known.
 * The order of the arguments does not matter, merging a record with itself changes nothing, and the
 * output is sorted, so equal progress is equal JSON.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const seed = a.seed === undefined ? b.seed : b.seed === undefined ? a.seed : Math.min(a.seed, b.seed);
  return {
    kind: PROGRESS_KIND,
    version: PROGRESS_VERSION,
    ...(seed !== undefined && { seed }),
    lessons: [...new Set([...a.lessons, ...b.lessons])].sort(),
    answers: mergeRecords(a.answers, b.answers, mergeAnswer),
    attempts: mergeAttempts([...a.attempts, ...b.attempts]),
    completed: mergeRecords(a.completed, b.completed, (x, y) => (Date.parse(x) <= Date.parse(y) ? x : y)),
    time: {
      lessons: mergeRecords(a.time.lessons, b.time.lessons, Math.max),
      attempts: mergeRecords(a.time.attempts, b.time.attempts, Math.max),
    },
  };
}

function mergeAnswer(x: Answer, y: Answer): Answer {
  return {
    // Tabs share one store, so their counts overlap: the larger one is the count.
    tries: Math.max(x.tries, y.tries),
    // A first try that is not known comes from version 1, whose tries came before any of this version.
    first: x.first === null || y.first === null ? null : earlier(x.first, y.first),
    last: countingTry(x.last, y.last),
  };
}

function earlier<T extends { at: string }>(x: T, y: T): T {
  const difference = Date.parse(x.at) - Date.parse(y.at);
  return difference < 0 ? x : difference > 0 ? y : tieBreak(x, y);
}

/** A right try over one that is not (a question answered right stays done), else the later. */
function countingTry(x: LastTry, y: LastTry): LastTry {
  if ((x.right === true) !== (y.right === true)) return x.right === true ? x : y;
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
