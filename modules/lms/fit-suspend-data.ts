import { encodeProgress, SUSPEND_DATA_LIMIT } from '../progress/progress-codec.ts';
import type { Progress } from '../progress/progress.ts';
import { attemptId } from '../scoring/attempt.ts';
import { scoreSteps } from '../scoring/score-steps.ts';
import { moduleFingerprint, type LmsModule } from './lms-module.ts';
import type { ModuleOutcome } from './module-outcome.ts';

/**
 * suspend_data as this package writes it: `<fingerprint>!<compact progress>` (progress-codec.ts), so
 * data written against other content is recognised. Example: `1x3k9q!p2~3~~0.mx5fm1bb.1.1z141z3.0102110~~1fz9p3`.
 */
export const FINGERPRINT_SEPARATOR = '!';

export type FitResult =
  { ok: true; value: string; leftOut: string[] } | { ok: false; length: number; limit: number };

/**
 * The module's progress as suspend_data within `limit` characters. When it does not fit, the oldest
 * finished attempts at cases the learner already passed are left out one by one (never the best
 * passing attempt of a case, never an unfinished attempt, never an attempt at a case not passed
 * yet), so the status and score the LMS shows stay the same. `leftOut` names them (they stay in the
 * browser's copy). If it still does not fit, nothing is written.
 */
export function fitSuspendData(
  progress: Progress,
  module: LmsModule,
  outcome: ModuleOutcome,
  limit: number = SUSPEND_DATA_LIMIT,
): FitResult {
  const prefix = `${moduleFingerprint(module)}${FINGERPRINT_SEPARATOR}`;
  const room = limit - prefix.length;
  const passed = new Map(outcome.cases.filter((c) => c.passed).map((c) => [c.caseId, c.keep]));
  const droppable = progress.attempts
    .filter((attempt) => {
      if (!passed.has(attempt.caseId) || passed.get(attempt.caseId) === attempt) return false;
      const found = module.cases.find((c) => c.id === attempt.caseId);
      return found !== undefined && scoreSteps(found, attempt.events)?.complete === true;
    })
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  // Leaving out the k oldest droppable attempts: the shortest k that fits, by bisection (the string
  // only shrinks as k grows), so a long history costs a handful of encodings, not one per attempt.
  const encodeWithout = (k: number) => {
    const out = new Set(droppable.slice(0, k));
    const kept = k === 0 ? progress : { ...progress, attempts: progress.attempts.filter((a) => !out.has(a)) };
    return encodeProgress(kept, module, { limit: room, dropUnfit: true });
  };
  const first = encodeWithout(0);
  if (first.ok) return { ok: true, value: prefix + first.value, leftOut: [] };
  if (first.code !== 'te-lang') return { ok: false, length: 0, limit };
  const all = encodeWithout(droppable.length);
  if (!all.ok) return { ok: false, length: all.code === 'te-lang' ? all.length + prefix.length : 0, limit };
  let low = 0; // does not fit
  let high = droppable.length; // fits
  let best = all.value;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = encodeWithout(middle);
    if (tried.ok) {
      high = middle;
      best = tried.value;
    } else low = middle;
  }
  return { ok: true, value: prefix + best, leftOut: droppable.slice(0, high).map(attemptId) };
}
