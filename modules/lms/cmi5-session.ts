import { mergeProgress } from '../progress/merge-progress.ts';
import { emptyProgress, type Progress } from '../progress/progress.ts';
import { readProgress, type ProgressRead } from '../progress/read-progress.ts';
import { fill } from '../strings/fill.ts';
import { lmsText } from '../strings/lms.ts';
import { measuredDuration, type Cmi5Client } from './cmi5-client.ts';
import type { LmsModule } from './lms-module.ts';
import { onceEach, type LmsProgressStore, type MirrorStore } from './lms-store.ts';
import { moduleOutcome } from './module-outcome.ts';
import { reportInteraction } from './cmi5-interaction.ts';
import { reportables } from './progress-delta.ts';
import { sessionTimer } from './session-time.ts';

/** The state document this AU keeps per registration (the LMS keeps its own LMS.LaunchData). */
export const STATE_ID = 'meldcode-voortgang';
/** The state document with the page shown last, as SCORM 1.2 keeps it in `cmi.core.lesson_location`. */
export const LOCATION_STATE_ID = 'meldcode-plek';

interface SavedLocation {
  kind: 'cmi5-plek';
  version: 1;
  /** A path in the package, e.g. `onderwijs/signalen/index.html`. */
  path: string;
}

interface SavedState {
  kind: 'cmi5-voortgang';
  version: 1;
  progress: Progress;
  /** cmi5 allows one completed and one passed per registration: what was sent in earlier sessions. */
  sent: { completed: boolean; passed: boolean };
}

export interface Cmi5Session {
  store: LmsProgressStore;
  /** Sends terminated as the last statement, after everything queued; resolves when it is sent. */
  finish(): Promise<void>;
  /** Where the LMS wants the learner after leaving, if it said (cmi5 returnURL). */
  returnUrl: string | null;
  /** Whether the LMS counts the module as done by its moveOn rule, as far as this session knows. */
  satisfied(): boolean;
  /** The page the learner was on when an earlier session of this registration ended, if the LRS kept one. */
  location: string | null;
  /** Remembers the page now shown (a path in the package) in the state API, for the next launch. */
  setLocation(path: string): void;
}

export interface Cmi5SessionOptions {
  module: LmsModule;
  /** The browser's copy for this learner (the launch's actor). */
  mirrorFor(learner: string): MirrorStore;
  notify(text: string): void;
}

/**
 * A cmi5 session through @xapi/cmi5: initialize (token, LMS.LaunchData, initialized), then a progress
 * store kept in the LRS state API (and in the browser), which reports the first try at each
 * knowledge-check question and each case decision as an `answered` cmi.interaction statement, then completed, passed or failed by
 * the cmi5 rules (once per registration; failed never after passed; at most one judgement a session;
 * none outside launchMode Normal; passed/failed by masteryScore when the LMS gives one), and
 * terminated last. Statements go out one at a time, in order. `null` when initialization fails.
 */
export async function startCmi5Session(
  client: Cmi5Client,
  options: Cmi5SessionOptions,
): Promise<Cmi5Session | null> {
  const { module } = options;
  const tell = onceEach(options.notify);
  try {
    await client.initialize();
  } catch {
    return null;
  }
  const launch = client.getLaunchData();
  const { activityId, registration, actor } = client.getLaunchParameters();
  const mirror = options.mirrorFor(JSON.stringify(actor));
  const normal = launch.launchMode === 'Normal';
  if (!normal) tell(lmsText.browse);
  const stateParams = { agent: actor, activityId, stateId: STATE_ID, registration };
  const masteryScore = typeof launch.masteryScore === 'number' ? launch.masteryScore : undefined;

  let sent = { completed: false, passed: false };
  // completed, passed, failed and terminated carry the session's measured active time (session-time.ts).
  const timer = sessionTimer(module);
  const measured = () => measuredDuration(timer.seconds());
  let judgedThisSession = false;
  let finished = false;
  const reported = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
    return queue;
  };
  const attempt = async (what: keyof typeof lmsText.what, send: () => Promise<unknown>): Promise<boolean> => {
    try {
      await send();
      return true;
    } catch {
      tell(fill(lmsText.notRecorded, { what: lmsText.what[what] }));
      return false;
    }
  };

  const loadState = async (): Promise<ProgressRead | null> => {
    try {
      const { data } = await client.xapi!.getState(stateParams);
      const state = (typeof data === 'string' ? JSON.parse(data) : data) as Partial<SavedState> | null;
      if (!state || state.kind !== 'cmi5-voortgang') return null;
      sent = { completed: state.sent?.completed === true, passed: state.sent?.passed === true };
      return readProgress(state.progress);
    } catch {
      return null; // no state yet (404) or the LRS refused: the browser's copy is used
    }
  };

  const sync = async (progress: Progress) => {
    for (const item of reportables(progress, module)) {
      if (reported.has(item.key)) continue;
      if (!(await attempt('statement', () => reportInteraction(client, module, item)))) return; // retried with the next save
      reported.add(item.key);
    }
    const outcome = moduleOutcome(progress, module, { masteryScore });
    if (normal && outcome.finished && !sent.completed) {
      if (await attempt('status', () => client.complete(measured()))) sent.completed = true;
    }
    if (normal && outcome.finished && !sent.passed && !judgedThisSession && outcome.score !== null) {
      const score = { scaled: outcome.score / 100, raw: outcome.score, min: 0, max: 100 };
      const passed = outcome.status === 'passed';
      if (
        await attempt('status', () =>
          passed ? client.pass(score, measured()) : client.fail(score, measured()),
        )
      ) {
        judgedThisSession = true;
        if (passed) sent.passed = true;
      }
    }
    const state: SavedState = { kind: 'cmi5-voortgang', version: 1, progress, sent };
    await attempt('progress', () => client.xapi!.setState({ ...stateParams, state }));
  };

  const satisfiedBy = {
    Passed: () => sent.passed,
    Completed: () => sent.completed,
    CompletedAndPassed: () => sent.completed && sent.passed,
    CompletedOrPassed: () => sent.completed || sent.passed,
    NotApplicable: () => true,
  };

  const satisfied = () => (satisfiedBy[launch.moveOn] ?? satisfiedBy.NotApplicable)();

  const store: LmsProgressStore = {
    async load() {
      let local: ProgressRead | null = null;
      try {
        local = await mirror.load();
      } catch {
        local = null;
      }
      // After terminated the AU asks the LRS nothing more: the browser's copy is the progress.
      const remote = finished ? null : await loadState();
      const read =
        !remote || !remote.ok
          ? local
          : !local || !local.ok
            ? remote
            : { ...local, value: mergeProgress(local.value, remote.value) };
      timer.seen(read?.ok ? read.value : emptyProgress());
      return read;
    },
    async save(progress) {
      timer.seen(progress);
      try {
        await mirror.save(progress);
      } catch {
        // The browser refused: the LRS below still gets it.
      }
      if (finished) return;
      const before = satisfied();
      await enqueue(() => sync(progress));
      // moveOn is the LMS's rule for "done"; the learner hears when this module meets it.
      if (!before && satisfied() && launch.moveOn !== 'NotApplicable') tell(lmsText.satisfied);
    },
    async clear() {
      try {
        await mirror.clear();
      } catch {
        // Nothing more to do.
      }
    },
    setAside() {
      mirror.setAside();
    },
  };

  const loadLocation = async (): Promise<string | null> => {
    try {
      const { data } = await client.xapi!.getState({ ...stateParams, stateId: LOCATION_STATE_ID });
      const saved = (typeof data === 'string' ? JSON.parse(data) : data) as Partial<SavedLocation> | null;
      return saved?.kind === 'cmi5-plek' && typeof saved.path === 'string' && saved.path !== ''
        ? saved.path
        : null;
    } catch {
      return null; // none yet (404), or the LRS refused: the module opens at its start
    }
  };
  const location = await loadLocation();
  let lastLocation = location;

  // What was stored before this session was reported when it was stored. Only this first read seeds
  // that: a page that reads later may see decisions that are still on their way to the LRS.
  const stored = await store.load();
  if (stored?.ok) for (const item of reportables(stored.value, module)) reported.add(item.key);
  return {
    store,
    returnUrl: typeof launch.returnURL === 'string' && launch.returnURL !== '' ? launch.returnURL : null,
    satisfied,
    location,
    setLocation(path) {
      if (finished || path === lastLocation || path.length > 255) return;
      lastLocation = path;
      const state: SavedLocation = { kind: 'cmi5-plek', version: 1, path };
      // In the queue, so it never crosses a statement and never follows terminated.
      void enqueue(async () => {
        await attempt('progress', () =>
          client.xapi!.setState({ ...stateParams, stateId: LOCATION_STATE_ID, state }),
        );
      });
    },
    finish() {
      if (finished) return queue;
      finished = true;
      return enqueue(async () => {
        await attempt('finish', () => client.terminate(measured()));
      });
    },
  };
}
