import { mergeProgress } from '../../modules/progress/merge-progress.ts';
import { readProgress } from '../../modules/progress/read-progress.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { updateProgress, type ProgressState } from '../storage/update-progress.ts';

/** What an import did: the new state when something was read in, and a sentence for the learner. */
export interface ImportOutcome {
  state?: ProgressState;
  message: string;
}

/**
 * Reads an exported progress file and merges it with what this browser holds, never replacing it.
 * A damaged, foreign or newer file is refused with readProgress's Dutch message; a partly damaged
 * one brings in what is whole and says what was left out.
 */
export async function importProgress(
  store: LocalStore,
  fileName: string,
  text: string,
  strings: UiSection<'myProgress.import.'>,
): Promise<ImportOutcome> {
  const read = readProgress(text);
  if (!read.ok) return { message: read.message };
  const state = await updateProgress(store, (progress) => mergeProgress(progress, read.value));
  if (!state.writable)
    return { state, message: `${state.notice ?? ''} ${strings['myProgress.import.blocked']}`.trim() };
  const done = format(strings['myProgress.import.done'], { file: fileName });
  return { state, message: read.notice ? `${done} ${read.notice}` : done };
}
