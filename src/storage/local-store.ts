import type { Progress } from '../../modules/progress/progress.ts';
import type { ProgressStore } from '../../modules/progress/progress-store.ts';
import { readProgress } from '../../modules/progress/read-progress.ts';

import { PROGRESS_KEY, SET_ASIDE_KEY } from './progress-keys.ts';

// The keys live on their own, so a page can look whether anything is stored without this code.
export { PROGRESS_KEY, SET_ASIDE_KEY };

/** A learner's progress in this browser's localStorage, behind the same interface as the LMS stores. */
export interface LocalStore extends ProgressStore {
  /** Calls back when another tab saved progress, with what it saved; returns a function that stops listening. */
  onOtherTab(callback: () => void): () => void;
  /** Moves unreadable stored text aside (under SET_ASIDE_KEY) so a fresh record can be started. */
  setAside(): void;
}

/**
 * The localStorage store; `storage` can be replaced in tests. localStorage is looked up on each use,
 * because merely reading `window.localStorage` throws where the browser blocks storage: then a call
 * fails, readState says so in Dutch, and nothing crashes.
 */
export function createLocalStore(given?: Storage): LocalStore {
  const storage = () => given ?? globalThis.localStorage;
  return {
    async load() {
      const text = storage().getItem(PROGRESS_KEY);
      return text === null ? null : readProgress(text);
    },
    async save(progress: Progress) {
      storage().setItem(PROGRESS_KEY, JSON.stringify(progress));
    },
    async clear() {
      storage().removeItem(PROGRESS_KEY);
      storage().removeItem(SET_ASIDE_KEY);
    },
    onOtherTab(callback) {
      const listener = (event: StorageEvent) => {
        if (event.key === PROGRESS_KEY || event.key === null) callback();
      };
      globalThis.addEventListener('storage', listener);
      return () => globalThis.removeEventListener('storage', listener);
    },
    setAside() {
      const text = storage().getItem(PROGRESS_KEY);
      if (text !== null) storage().setItem(SET_ASIDE_KEY, text);
      storage().removeItem(PROGRESS_KEY);
    },
  };
}
