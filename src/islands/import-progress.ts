import { mergeProgress } from '../../modules/progress/merge-progress.ts';
import { profileInFile } from '../../modules/progress/progress-file.ts';
import { readProgress } from '../../modules/progress/read-progress.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { updateProgress, type ProgressState } from '../storage/update-progress.ts';
import { importProfile } from './import-profile.ts';

/** What an import did: the new state when something was read in, and a sentence for the learner. */
export interface ImportOutcome {
  state?: ProgressState;
  message: string;
}

/**
 * Reads an exported progress file and merges it with what this browser holds, never replacing it.
 * A damaged, foreign or newer file is refused with readProgress's Dutch message; a partly damaged
 * one brings in what is whole and says what was left out. The organisatieprofiel the file carries
 * comes in after the progress (import-profile.ts): a profile that does not pass the checks is left
 * out with its reasons, and costs nothing of the progress.
 */
export async function importProgress(
  store: LocalStore,
  fileName: string,
  text: string,
  strings: UiSection<'myProgress.import.'>,
  groups: readonly ProfileGroup[],
  storage?: () => Storage,
): Promise<ImportOutcome> {
  const read = readProgress(text);
  if (!read.ok) return { message: read.message };
  const state = await updateProgress(store, (progress) => mergeProgress(progress, read.value));
  if (!state.writable)
    return { state, message: `${state.notice ?? ''} ${strings['myProgress.import.blocked']}`.trim() };
  const done = format(strings['myProgress.import.done'], { file: fileName });
  const profile = await importProfile(profileInFile(text), groups, strings, storage);
  return { state, message: [done, read.notice, profile].filter(Boolean).join(' ') };
}
