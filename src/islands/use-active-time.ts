import { useEffect, useRef } from 'preact/hooks';
import { trackActiveTime, type ActiveTimeTracker } from './track-active-time.ts';

/**
 * Measures active time while the island is on the page (trackActiveTime has the rule and when it
 * saves) and hands whole seconds to `save` with the current `key`; when the key changes, the seconds
 * so far go to the old key. While `key` is null (a case before its first choice makes the attempt)
 * the time waits and goes to the next key.
 */
export function useActiveTime(key: string | null, save: (key: string, seconds: number) => void): void {
  const tracker = useRef<ActiveTimeTracker | null>(null);
  const target = useRef({ key, save });
  target.current.save = save;

  useEffect(() => {
    target.current.key = key;
    return () => tracker.current?.flush(); // before the key changes: what was counted belongs to the old one
  }, [key]);

  useEffect(() => {
    tracker.current = trackActiveTime(
      () => target.current.key,
      (current, seconds) => target.current.save(current, seconds),
    );
    return () => tracker.current?.stop();
  }, []);
}
