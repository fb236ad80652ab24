import type { Progress } from '../../modules/progress/progress.ts';
import type { ProgressRead } from '../../modules/progress/read-progress.ts';
import type { LmsProgressStore } from '../../modules/lms/lms-store.ts';
import type { LocalStore } from './local-store.ts';

/**
 * In an LMS package the launch page holds the LMS session, and the site's pages run in a frame
 * inside it (a SCORM session must not end each time the learner opens another page). The launch
 * page publishes this bridge on its window; pages find it through their parents and use it as their
 * progress store. Only text crosses between the windows, so each side keeps its own objects.
 */
export interface LmsBridge {
  version: 1;
  load(): Promise<string | null>;
  save(progressJson: string): Promise<void>;
  clear(): Promise<void>;
  setAside(): void;
}

const NAME = 'meldcodeLms';

/** Publishes the session's store for the pages in the launch page's frame. */
export function publishBridge(
  win: Window,
  store: LmsProgressStore,
  read: (json: string) => Progress | null,
): void {
  const bridge: LmsBridge = {
    version: 1,
    load: async () => {
      const result = await store.load();
      return result === null ? null : JSON.stringify(result);
    },
    save: async (json) => {
      const progress = read(json);
      if (progress) await store.save(progress);
    },
    clear: () => store.clear(),
    setAside: () => store.setAside(),
  };
  (win as unknown as Record<string, unknown>)[NAME] = bridge;
}

/** The bridge of a launch page above `start` (same origin only), or `null` on the site itself. */
export function findBridge(start: Window): LmsBridge | null {
  let win = start;
  for (let level = 0; level < 10; level++) {
    try {
      const bridge = (win as unknown as Record<string, unknown>)[NAME] as LmsBridge | undefined;
      if (bridge && bridge.version === 1 && typeof bridge.save === 'function') return bridge;
      if (win.parent === win) return null;
      win = win.parent;
    } catch {
      return null; // a window of another origin: no launch page of ours
    }
  }
  return null;
}

/** The bridge as the LocalStore the site's pages use (readState, updateProgress). */
export function bridgedStore(bridge: LmsBridge): LocalStore {
  return {
    load: async () => {
      const text = await bridge.load();
      return text === null ? null : (JSON.parse(text) as ProgressRead);
    },
    save: (progress) => bridge.save(JSON.stringify(progress)),
    clear: () => bridge.clear(),
    onOtherTab: () => () => {},
    setAside: () => bridge.setAside(),
  };
}
