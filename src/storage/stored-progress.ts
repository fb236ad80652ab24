import { findBridge } from './lms-bridge.ts';
import { PROGRESS_KEY } from './progress-keys.ts';

/**
 * Whether a page may find stored progress: always inside an LMS package or where the browser blocks
 * storage (reading it says why), else only when localStorage holds a record. A cheap look, so that a
 * first visit with nothing stored starts at once and loads the code that reads and saves progress
 * only when it first saves.
 */
export function mayHaveStoredProgress(win: Window | undefined = globalThis.window): boolean {
  if (!win) return true;
  try {
    return findBridge(win) !== null || win.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return true;
  }
}

/**
 * The same look without searching for an LMS, for code a page runs inline while it loads
 * (early-choice.ts), where every byte waits in the HTML: a page in a frame, as every page of an LMS
 * package is, counts as one that may find stored progress.
 */
export function mayHaveStoredProgressOrFrame(win: Window = window): boolean {
  try {
    return win.parent !== win || win.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return true;
  }
}
