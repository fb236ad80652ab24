import { bridgedStore, findBridge } from './lms-bridge.ts';
import { createLocalStore, type LocalStore } from './local-store.ts';

/**
 * The progress store a page uses: inside an LMS package (a launch page above this one holds a SCORM
 * or cmi5 session) the LMS store, else this browser's localStorage. Islands call this once and pass
 * the result to readState/updateProgress; nothing else changes for them.
 */
export function selectProgressStore(win: Window | undefined = globalThis.window): LocalStore {
  // Rendered at build time there is no window: the local store, which touches storage only when used.
  const bridge = win ? findBridge(win) : null;
  return bridge ? bridgedStore(bridge) : createLocalStore();
}
