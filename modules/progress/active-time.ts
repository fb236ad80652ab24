/**
 * Active time: how long a learner really worked on a lesson or a case attempt, measured in the
 * browser from timestamps and events. A pure accumulator (no DOM, no timers): the page feeds it the
 * time of every event, and tests feed it a fake clock.
 *
 * The rule:
 * - time counts only while the page is visible: `visibilitychange` to hidden stops the count, and
 *   becoming visible starts it again (as fresh activity);
 * - the learner is active after any input (a key, a tap or click, a scroll): from each input on, time
 *   counts for at most IDLE_CAP_SECONDS (N = 3 minutes). So a gap of N minutes or less without input
 *   counts in full (reading a screen of text), and a longer gap counts as N minutes, not more: a tab
 *   left open over lunch adds 3 minutes, not an hour;
 * - a clock that jumps back counts nothing; the count never goes down.
 *
 * The page takes whole seconds out with takeSeconds and stores them (seconds as integers keep the
 * record small); the part of a second left over stays in the accumulator for the next take.
 */

/** N: the most a gap without input counts, in seconds. */
export const IDLE_CAP_SECONDS = 3 * 60;
const IDLE_CAP_MS = IDLE_CAP_SECONDS * 1000;

export interface ActiveTime {
  /** Whether the page is visible now. */
  readonly visible: boolean;
  /** When the latest input was (or when the page became visible), in ms. */
  readonly lastInput: number;
  /** Up to when time has been looked at, in ms. */
  readonly countedTo: number;
  /** Active time counted and not yet taken, in ms. */
  readonly ms: number;
}

/** A new accumulator at `now`; opening or showing a page counts as input. */
export function startActiveTime(now: number, visible = true): ActiveTime {
  return { visible, lastInput: now, countedTo: now, ms: 0 };
}

/** Counts the time from `countedTo` to `now`, at most up to N after the latest input. */
function countTo(clock: ActiveTime, now: number): ActiveTime {
  const end = Math.min(now, clock.lastInput + IDLE_CAP_MS);
  const gained = clock.visible ? Math.max(0, end - clock.countedTo) : 0;
  return { ...clock, countedTo: Math.max(clock.countedTo, now), ms: clock.ms + gained };
}

/** The learner did something (key, pointer, scroll) at `now`. */
export function onInput(clock: ActiveTime, now: number): ActiveTime {
  const counted = countTo(clock, now);
  return counted.visible ? { ...counted, lastInput: Math.max(counted.lastInput, now) } : counted;
}

/** The page became visible or hidden at `now`. */
export function onVisibility(clock: ActiveTime, visible: boolean, now: number): ActiveTime {
  const counted = countTo(clock, now);
  if (visible === counted.visible) return counted;
  return visible
    ? { ...counted, visible, lastInput: Math.max(counted.lastInput, now) }
    : { ...counted, visible };
}

/** Whole seconds counted up to `now`, and the accumulator that keeps the rest of a second. */
export function takeSeconds(clock: ActiveTime, now: number): { seconds: number; clock: ActiveTime } {
  const counted = countTo(clock, now);
  const seconds = Math.floor(counted.ms / 1000);
  return { seconds, clock: { ...counted, ms: counted.ms - seconds * 1000 } };
}
