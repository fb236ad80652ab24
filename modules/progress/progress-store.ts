import type { Progress } from './progress.ts';
import type { ProgressRead } from './read-progress.ts';

/**
 * Where progress is kept: memory in tests, localStorage on the site, suspend_data in an LMS. Every
 * method may be asynchronous, so a store can sit behind an LMS call or IndexedDB.
 */
export interface ProgressStore {
  /** What is stored, read with readProgress; `null` when nothing is stored yet. */
  load(): Promise<ProgressRead | null>;
  /** Replaces what is stored; use saveMerged when another tab may have saved meanwhile. */
  save(progress: Progress): Promise<void>;
  /** Forgets the stored progress (the learner asked to start over or to leave nothing behind). */
  clear(): Promise<void>;
}
