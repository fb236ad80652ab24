import type { LmsModule } from '../../modules/lms/lms-module.ts';
import type { LmsProgressStore, MirrorStore } from '../../modules/lms/lms-store.ts';
import type { Cmi5Client, StatementOptions } from '../../modules/lms/cmi5-client.ts';
import { startScormSession } from '../../modules/lms/scorm-store.ts';
import { readProgress } from '../../modules/progress/read-progress.ts';
import { lmsText } from '../../modules/strings/lms.ts';
import { findScormApi } from './find-scorm-api.ts';
import { publishBridge } from './lms-bridge.ts';
import { createLocalStore } from './local-store.ts';
import { scopedStorage } from './scoped-storage.ts';
import { memoryStorage } from './memory-storage.ts';

/** What the launch page gives: its module, where it shows notices, and how to open the first page. */
export interface LaunchPage {
  module: LmsModule;
  notify(text: string): void;
  /** Opens a page in the content frame (a path in the package, or null for the module's first page); called once the store is published. */
  open(path: string | null): void;
  /** Called when the learner leaves or closes: done, and where to go (cmi5 returnURL), if anywhere. */
  onFinished(returnUrl: string | null): void;
}

export interface Launched {
  kind: 'scorm12' | 'cmi5' | 'lokaal';
  store: LmsProgressStore;
  /** Ends the LMS session (LMSFinish or terminated); the launch page calls it on pagehide and on "Afsluiten". */
  finish(): Promise<void>;
  /** Tells the LMS which page is shown (SCORM 1.2 lesson_location, a cmi5 state document), so a relaunch opens it again. */
  remember(path: string): void;
}

/**
 * Starts the LMS session for a launch page: cmi5 when the URL carries cmi5 launch parameters, else
 * SCORM 1.2 when a window above (or the opener) holds the API, else this browser's localStorage.
 * Publishes the store for the pages in the frame, then opens the first page. Never throws: without a
 * working LMS the course runs on localStorage and the learner is told.
 */
export async function launch(win: Window, page: LaunchPage): Promise<Launched> {
  const { module, notify } = page;
  const mirrorFor = (learner: string): MirrorStore => {
    try {
      return createLocalStore(scopedStorage(win.localStorage, `meldcode:lms:${module.id}:${learner}:`));
    } catch {
      return createLocalStore(memoryStorage());
    }
  };
  let launched: Launched | null = null;
  let resumeAt: string | null = null;
  const cmi5 = new URLSearchParams(win.location.search);
  if (['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((name) => cmi5.get(name))) {
    try {
      const [{ default: Cmi5 }, { startCmi5Session }] = await Promise.all([
        import('@xapi/cmi5'),
        import('../../modules/lms/cmi5-session.ts'),
      ]);
      const session = await startCmi5Session(measuredTerminate(new Cmi5()), {
        module,
        mirrorFor,
        notify,
      });
      if (session) {
        resumeAt = session.location;
        launched = {
          kind: 'cmi5',
          store: session.store,
          remember: (path) => session.setLocation(path),
          finish: async () => {
            await session.finish();
            page.onFinished(session.returnUrl);
          },
        };
      }
    } catch {
      launched = null;
    }
    if (!launched) notify(lmsText.noConnection);
  } else {
    const api = findScormApi(win);
    const keepAside = (text: string) => {
      try {
        win.localStorage.setItem(`meldcode:lms:${module.id}:apart`, text);
      } catch {
        // No room in this browser either: the LMS keeps the old text until the next save.
      }
    };
    const session = api && startScormSession(api, { module, mirrorFor, notify, keepAside });
    if (session) {
      for (const problem of session.problems) console.warn('SCORM', problem);
      resumeAt = session.location;
      launched = {
        kind: 'scorm12',
        store: session.store,
        remember: (path) => session.setLocation(path),
        finish: async () => {
          session.finish();
          page.onFinished(null);
        },
      };
    } else if (api) notify(lmsText.noConnection);
  }
  launched ??= {
    kind: 'lokaal',
    store: createLocalStore(),
    finish: async () => page.onFinished(null),
    remember: () => {},
  };
  publishBridge(win, launched.store, (json) => {
    const read = readProgress(json);
    return read.ok ? read.value : null;
  });
  page.open(resumeAt);
  return launched;
}

type Cmi5 = import('@xapi/cmi5').default;

/**
 * @xapi/cmi5's terminate takes no options, so its statement would carry the wall-clock time since
 * launch. This one sends the same statement through a sendXapiStatement that applies the session's
 * transform first (its measured duration), like complete, pass and fail do with their options.
 */
function measuredTerminate(real: Cmi5): Cmi5Client {
  const terminate = real.terminate;
  return Object.assign(real, {
    terminate(options?: StatementOptions) {
      const transform = options?.transform;
      if (!transform) return terminate.call(real);
      const sendMeasured: Cmi5 = Object.create(real, {
        sendXapiStatement: {
          value: (
            statement: Parameters<Cmi5['sendXapiStatement']>[0],
            more?: Parameters<Cmi5['sendXapiStatement']>[1],
          ) => real.sendXapiStatement(transform(statement), more),
        },
      });
      return terminate.call(sendMeasured);
    },
  });
}
