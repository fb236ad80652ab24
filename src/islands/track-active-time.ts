import { onInput, onVisibility, startActiveTime, takeSeconds } from '../../modules/progress/active-time.ts';

/** How often counted seconds are saved while the learner works (and always when the page hides). */
const SAVE_EVERY_MS = 30_000;
/** The events that count as input: a key, a tap or click, a scroll. */
export const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

/** A running measurement of active time; `stop` saves what was counted and ends it. */
export interface ActiveTimeTracker {
  /** Hands the whole seconds counted so far to `save`, with the current key. */
  flush(): void;
  stop(): void;
}

/**
 * Measures active time on this page from now (or `since`) on (modules/progress/active-time.ts has the rule:
 * visible, with input at most 3 minutes ago) and hands whole seconds to `save` with the key `key()`
 * gives at that moment: every 30 seconds, when the page is hidden or left, and on `flush`. While the
 * key is null (a case before its first choice makes the attempt) the time waits and goes to the next
 * key. Plain DOM, no framework: a lesson page runs it before any island (use-active-time.ts wraps it
 * for an island).
 */
export function trackActiveTime(
  key: () => string | null,
  save: (key: string, seconds: number) => void,
  /** When the page's measurement began (performance.now()), if before this call. */
  since: number = performance.now(),
): ActiveTimeTracker {
  let clock = startActiveTime(since, document.visibilityState === 'visible');
  const flush = () => {
    const current = key();
    if (current === null) return;
    const taken = takeSeconds(clock, performance.now());
    clock = taken.clock;
    if (taken.seconds > 0) save(current, taken.seconds);
  };
  const input = () => {
    clock = onInput(clock, performance.now());
  };
  const visibility = () => {
    const visible = document.visibilityState === 'visible';
    if (!visible) flush();
    clock = onVisibility(clock, visible, performance.now());
  };
  const options = { capture: true, passive: true };
  for (const name of INPUTS) document.addEventListener(name, input, options);
  document.addEventListener('visibilitychange', visibility);
  window.addEventListener('pagehide', flush);
  const timer = setInterval(flush, SAVE_EVERY_MS);
  return {
    flush,
    stop() {
      flush();
      clearInterval(timer);
      for (const name of INPUTS) document.removeEventListener(name, input, options);
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('pagehide', flush);
    },
  };
}
