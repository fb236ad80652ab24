import type { Progress } from './progress.ts';
import type { ProgressStore } from './progress-store.ts';
import { readProgress } from './read-progress.ts';

/** A store that keeps the progress as JSON text in memory, as localStorage would: for tests and previews. */
export interface MemoryStore extends ProgressStore {
  /** The stored text, to inspect in tests or to seed with broken data. */
  text: string | null;
}

/** A progress store in memory, optionally starting from stored text. */
export function createMemoryStore(text: string | null = null): MemoryStore {
  return {
    text,
    async load() {
      return this.text === null ? null : readProgress(this.text);
    },
    async save(progress: Progress) {
      this.text = JSON.stringify(progress);
    },
    async clear() {
      this.text = null;
    },
  };
}
