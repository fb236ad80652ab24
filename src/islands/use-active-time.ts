import { useEffect, useRef } from 'preact/hooks';
import type { ActiveTimeTracker, trackActiveTime } from './track-active-time.ts';

/**
 * Measures active time while the island is on the page (trackActiveTime has the rule and when it
 * saves) and hands whole seconds to `save` with the current `key`; when the key changes, the seconds
 * so far go to the old key. While `key` is null (a case before its first choice makes the attempt)
 * the time waits and goes to the next key.
 */
export function useActiveTime(
  key: string | null,
  save: (key: string, seconds: number) => void,
  /** The code that measures, loaded after the island woke (not before a case's first choice, issue 22). */
  load: () => Promise<{ trackActiveTime: typeof trackActiveTime }>,
): void {
  const tracker = useRef<ActiveTimeTracker | null>(null);
  const target = useRef({ key, save });
  target.current.save = save;

  useEffect(() => {
    target.current.key = key;
    return () => tracker.current?.flush(); // before the key changes: what was counted belongs to the old one
  }, [key]);

  // The time counts from the island's start, also before the code is in.
  useEffect(() => {
    const since = performance.now();
    let stopped = false;
    load()
      .then(({ trackActiveTime }) => {
        if (stopped) return;
        tracker.current = trackActiveTime(
          () => target.current.key,
          (current, seconds) => target.current.save(current, seconds),
          since,
        );
      })
      .catch(() => undefined); // offline before it was ever loaded: the time of this visit is not counted
    return () => {
      stopped = true;
      tracker.current?.stop();
    };
  }, []);
}
