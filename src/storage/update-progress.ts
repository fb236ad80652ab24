import { emptyProgress, type Progress } from '../../modules/progress/progress.ts';
import type { ProgressRead } from '../../modules/progress/read-progress.ts';
import { saveMerged } from '../../modules/progress/save-merged.ts';
import type { LocalStore } from './local-store.ts';

/** What a page shows about stored progress: the record, and a plain Dutch notice when something was off. */
export interface ProgressState {
  progress: Progress;
  /** Set when stored data was damaged, foreign or from a newer version: the learner is told. */
  notice?: string;
  /** False when the stored record must not be overwritten (a newer version of the site wrote it). */
  writable: boolean;
}

/**
 * Reads the stored progress for a page. Damaged parts are left out (and said); a record that cannot be
 * read at all is set aside, not deleted, and a fresh one starts; a record from a newer version of the
 * site is left alone and nothing is written over it.
 */
export async function readState(store: LocalStore): Promise<ProgressState> {
  let read: ProgressRead | null;
  try {
    read = await store.load();
  } catch {
    return { progress: emptyProgress(), notice: STORAGE_BLOCKED, writable: false };
  }
  if (read === null) return { progress: emptyProgress(), writable: true };
  if (read.ok) return { progress: read.value, notice: read.notice, writable: true };
  if (read.code === 'toekomstig') return { progress: emptyProgress(), notice: read.message, writable: false };
  store.setAside();
  return { progress: emptyProgress(), notice: `${read.message} ${SET_ASIDE}`, writable: true };
}

/** Applies a change and saves it merged with what other tabs saved meanwhile; returns the new state. */
export async function updateProgress(
  store: LocalStore,
  change: (progress: Progress) => Progress,
): Promise<ProgressState> {
  const state = await readState(store);
  if (!state.writable) return state;
  try {
    const saved = await saveMerged(store, change(state.progress));
    return saved.ok
      ? { progress: saved.value, notice: state.notice, writable: true }
      : { ...state, notice: saved.message, writable: false };
  } catch {
    return { ...state, notice: NOT_SAVED, writable: false };
  }
}

const STORAGE_BLOCKED =
  'Je browser laat deze site niets bewaren. Je kunt de cursus volgen, maar je voortgang blijft niet bewaard.';
const SET_ASIDE =
  'We hebben de oude gegevens apart gezet en beginnen een nieuwe voortgang. Je kunt de oude gegevens nog verwijderen via "Mijn voortgang".';
const NOT_SAVED =
  'Je voortgang kon niet worden bewaard, bijvoorbeeld omdat de opslag van je browser vol is. Exporteer je voortgang als bestand om niets kwijt te raken.';
