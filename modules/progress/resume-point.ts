import type { Attempt } from '../scoring/attempt.ts';
import type { Progress } from './progress.ts';

/** Where the learner was last at work: a lesson (they answered one of its questions) or a case. */
export type ResumePoint =
  | { kind: 'les'; beroepsgroep: string; slug: string; at: string }
  | { kind: 'casus'; caseId: string; at: string };

/**
 * "Verder waar je was", derived from the record without adding to it: the lesson of the latest
 * answer, or the case of the latest attempt (its last decision, or its start), whichever is later;
 * on a tie, the case. Reading a lesson leaves no time in the record, so a lesson only read, never
 * answered, is not a place to resume. `null` when there is nothing to go back to.
 */
export function resumePoint(progress: Progress): ResumePoint | null {
  let found: ResumePoint | null = null;
  let latest = -Infinity;
  for (const [key, answer] of Object.entries(progress.answers)) {
    const time = Date.parse(answer.last.at);
    const match = /^([^/]+)\/([^#]+)#/.exec(key);
    if (match && time > latest) {
      latest = time;
      found = { kind: 'les', beroepsgroep: match[1]!, slug: match[2]!, at: answer.last.at };
    }
  }
  for (const attempt of progress.attempts) {
    const at = lastWorkedAt(attempt);
    if (Date.parse(at) >= latest) {
      latest = Date.parse(at);
      found = { kind: 'casus', caseId: attempt.caseId, at };
    }
  }
  return found;
}

/** When the learner last worked on an attempt: its last decision with a time, or its start. */
export function lastWorkedAt(attempt: Attempt): string {
  const times = [attempt.startedAt, ...attempt.events.flatMap((event) => (event.at ? [event.at] : []))];
  return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
