import { useEffect, useRef } from 'preact/hooks';
import {
  onInput,
  onVisibility,
  startActiveTime,
  takeSeconds,
  type ActiveTime,
} from '../../modules/progress/active-time.ts';

/** How often counted seconds are saved while the learner works (and always when the page hides). */
const SAVE_EVERY_MS = 30_000;
const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Measures active time on this page (modules/progress/active-time.ts has the rule: visible, with
 * input at most 3 minutes ago) and hands whole seconds to `save` with the current `key`: every 30
 * seconds, when the page is hidden or left, and when the key changes (the seconds so far go to the
 * old key). While `key` is null (a case before its first choice makes the attempt) the time waits
 * and goes to the next key.
 */
export function useActiveTime(key: string | null, save: (key: string, seconds: number) => void): void {
  const clock = useRef<ActiveTime | null>(null);
  const target = useRef({ key, save });
  target.current.save = save;

  const flush = () => {
    const { key: current, save: saveTo } = target.current;
    if (!clock.current || current === null) return;
    const taken = takeSeconds(clock.current, performance.now());
    clock.current = taken.clock;
    if (taken.seconds > 0) saveTo(current, taken.seconds);
  };

  useEffect(() => {
    target.current.key = key;
    return flush; // before the key changes: what was counted belongs to the old one
  }, [key]);

  useEffect(() => {
    clock.current = startActiveTime(performance.now(), document.visibilityState === 'visible');
    const input = () => {
      if (clock.current) clock.current = onInput(clock.current, performance.now());
    };
    const visibility = () => {
      const visible = document.visibilityState === 'visible';
      if (!visible) flush();
      if (clock.current) clock.current = onVisibility(clock.current, visible, performance.now());
    };
    const options = { capture: true, passive: true };
    for (const name of INPUTS) document.addEventListener(name, input, options);
    document.addEventListener('visibilitychange', visibility);
    window.addEventListener('pagehide', flush);
    const timer = setInterval(flush, SAVE_EVERY_MS);
    return () => {
      flush();
      clearInterval(timer);
      for (const name of INPUTS) document.removeEventListener(name, input, options);
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('pagehide', flush);
    };
  }, []);
}
