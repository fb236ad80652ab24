import type { ProgressStore } from '../progress/progress-store.ts';

/** The progress store an LMS package uses: the ProgressStore, plus what the site's readState needs. */
export interface LmsProgressStore extends ProgressStore {
  /** Moves unreadable stored progress aside (in the browser's copy) so a fresh record can start. */
  setAside(): void;
}

/** The browser's own copy of the progress, written before the LMS on every save (localStorage). */
export interface MirrorStore extends ProgressStore {
  setAside(): void;
}

/** Time and timers, replaceable in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Says each Dutch notice once per session: the learner is told, not nagged. */
export function onceEach(notify: (text: string) => void): (text: string) => void {
  const said = new Set<string>();
  return (text) => {
    if (said.has(text)) return;
    said.add(text);
    notify(text);
  };
}
