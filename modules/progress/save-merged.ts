import { mergeProgress } from './merge-progress.ts';
import type { Progress } from './progress.ts';
import type { ProgressStore } from './progress-store.ts';
import type { ProgressRead } from './read-progress.ts';

/**
 * Saves progress without losing what another tab saved meanwhile: loads, merges, saves the merge
 * and returns it. When the stored record cannot be read (a newer site wrote it, or it is foreign)
 * nothing is saved and the failure comes back, so this tab never overwrites what it cannot read.
 */
export async function saveMerged(store: ProgressStore, progress: Progress): Promise<ProgressRead> {
  const stored = await store.load();
  if (stored && !stored.ok) return stored;
  const merged = stored ? mergeProgress(stored.value, progress) : progress;
  await store.save(merged);
  return { ok: true, value: merged };
}
