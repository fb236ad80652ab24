import { mergeProgress } from '../progress/merge-progress.ts';
import { SUSPEND_DATA_LIMIT } from '../progress/progress-codec.ts';
import { decodeProgress } from '../progress/decode-progress.ts';
import { emptyProgress, type Progress } from '../progress/progress.ts';
import type { ProgressRead } from '../progress/read-progress.ts';
import { fill } from '../strings/fill.ts';
import { lmsText } from '../strings/lms.ts';
import { FINGERPRINT_SEPARATOR, fitSuspendData } from './fit-suspend-data.ts';
import { moduleFingerprint, type LmsModule } from './lms-module.ts';
import { onceEach, systemClock, type Clock, type LmsProgressStore, type MirrorStore } from './lms-store.ts';
import { moduleOutcome } from './module-outcome.ts';
import { connectScorm, type Scorm12Api, type ScormProblem } from './scorm-api.ts';
import { scormTimespan } from './scorm-time.ts';
import { sessionTimer } from './session-time.ts';

/** At most one LMSCommit per this many milliseconds; a save in between is committed when it ends. */
export const COMMIT_INTERVAL = 5_000;

export interface ScormSessionOptions {
  module: LmsModule;
  /** The browser's copy for this learner (the LMS's `cmi.core.student_id`). */
  mirrorFor(learner: string): MirrorStore;
  /** Shows the learner a Dutch notice (each text once). */
  notify(text: string): void;
  /** Keeps suspend_data that could not be read, so it is set aside rather than overwritten and lost. */
  keepAside?(text: string): void;
  clock?: Clock;
  limit?: number;
}

export interface ScormSession {
  store: LmsProgressStore;
  /** Session time, exit = suspend, a last commit and LMSFinish; for pagehide. Safe to call twice. */
  finish(): void;
  /** Everything the LMS refused, with its own codes and words (for the console, and tests). */
  problems: ScormProblem[];
  /** The page the learner was on when they left (`cmi.core.lesson_location`), if the LMS kept one. */
  location: string | null;
  /** Remembers the page now shown (a path in the package, at most 255 characters), committed with the next save. */
  setLocation(path: string): void;
}

type Status = 'not attempted' | 'incomplete' | 'browsed' | 'passed' | 'failed' | 'completed';

/**
 * Starts a SCORM 1.2 session (LMSInitialize) and gives a progress store on cmi.suspend_data,
 * cmi.core.lesson_status and cmi.core.score; `null` when the LMS does not initialize (the caller then
 * uses the browser's store and says so). Every save is first written to the mirror, so whatever the
 * LMS does the learner keeps their progress; what the LMS refuses is told in Dutch, once.
 */
export function startScormSession(api: Scorm12Api, options: ScormSessionOptions): ScormSession | null {
  const { module, clock = systemClock, limit = SUSPEND_DATA_LIMIT } = options;
  const lms = connectScorm(api);
  const problems: ScormProblem[] = [];
  const tell = onceEach(options.notify);
  const refused = (what: keyof typeof lmsText.what, problem: ScormProblem) => {
    problems.push(problem);
    tell(fill(lmsText.notRecorded, { what: lmsText.what[what] }));
  };
  const started = lms.initialize();
  if (!started.ok) {
    problems.push(started.problem);
    return null;
  }
  // The session's measured active time, not the wall clock since LMSInitialize (session-time.ts).
  const timer = sessionTimer(module);
  const read = (element: string): string | null => {
    const result = lms.get(element);
    return result.ok ? result.value : null;
  };
  const mirror = options.mirrorFor(read('cmi.core.student_id') ?? '');
  const mode = read('cmi.core.lesson_mode');
  const review = mode === 'review';
  let status = (read('cmi.core.lesson_status') ?? '') as Status | '';
  const location = read('cmi.core.lesson_location') || null;
  let lastLocation = location;
  let finished = false;

  const set = (what: keyof typeof lmsText.what, element: string, value: string): boolean => {
    if (finished) return false;
    const result = lms.set(element, value);
    if (!result.ok) refused(what, result.problem);
    return result.ok;
  };

  if (!review && (status === '' || status === 'not attempted'))
    if (set('status', 'cmi.core.lesson_status', mode === 'browse' ? 'browsed' : 'incomplete'))
      status = mode === 'browse' ? 'browsed' : 'incomplete';
  set('progress', 'cmi.core.exit', 'suspend');

  let lastCommit = -Infinity;
  let pending: unknown = null;
  const commitNow = () => {
    if (pending !== null) clock.clearTimeout(pending);
    pending = null;
    lastCommit = clock.now();
    const result = lms.commit();
    if (!result.ok) refused('commit', result.problem);
  };
  const commitSoon = () => {
    if (finished || pending !== null) return;
    const wait = lastCommit + COMMIT_INTERVAL - clock.now();
    if (wait <= 0) commitNow();
    else pending = clock.setTimeout(commitNow, wait);
  };

  const fromLms = (): Progress | null => {
    // After LMSFinish the API may not be called (SCORM 1.2 error 301): the browser's copy is the progress.
    if (finished) return null;
    const text = read('cmi.suspend_data');
    if (text === null || text.trim() === '') return null;
    const separator = text.indexOf(FINGERPRINT_SEPARATOR);
    const fingerprint = text.slice(0, separator);
    const decoded =
      separator > 0 && fingerprint === moduleFingerprint(module)
        ? decodeProgress(text.slice(separator + 1), module)
        : ({ ok: false, code: 'past-niet' } as const);
    if (decoded.ok) return decoded.value;
    options.keepAside?.(text);
    tell(
      separator > 0 && fingerprint !== moduleFingerprint(module) ? lmsText.otherVersion : lmsText.unreadable,
    );
    return null;
  };

  const store: LmsProgressStore = {
    async load() {
      let local: ProgressRead | null = null;
      try {
        local = await mirror.load();
      } catch {
        local = null;
      }
      const remote = fromLms();
      const read: ProgressRead | null = !remote
        ? local
        : !local || !local.ok
          ? { ok: true, value: remote }
          : { ...local, value: mergeProgress(local.value, remote) };
      timer.seen(read?.ok ? read.value : emptyProgress());
      return read;
    },
    async save(progress) {
      timer.seen(progress);
      try {
        await mirror.save(progress);
      } catch {
        // The browser refused (full, blocked): the LMS below still gets it.
      }
      const outcome = moduleOutcome(progress, module);
      const fit = fitSuspendData(progress, module, outcome, limit);
      if (fit.ok) {
        if (fit.leftOut.length === 1) tell(lmsText.trimmedOne);
        else if (fit.leftOut.length > 1) tell(fill(lmsText.trimmed, { count: fit.leftOut.length }));
        set('progress', 'cmi.suspend_data', fit.value);
      } else tell(lmsText.tooLarge);
      if (!review) {
        // A status once passed stays passed: a later weaker attempt does not undo it.
        const next = status === 'passed' ? 'passed' : outcome.status;
        if (next !== status && set('status', 'cmi.core.lesson_status', next)) status = next;
        // No score before the module is complete: Moodle's and Totara's gradebooks take score.raw whatever
        // the status, and a 100 for one case played well would read as a pass.
        if (outcome.finished && outcome.score !== null) {
          set('score', 'cmi.core.score.min', '0');
          set('score', 'cmi.core.score.max', '100');
          set('score', 'cmi.core.score.raw', String(outcome.score));
        }
      }
      commitSoon();
    },
    async clear() {
      try {
        await mirror.clear();
      } catch {
        // Nothing more to do: the LMS copy is cleared below.
      }
      set('progress', 'cmi.suspend_data', '');
      commitSoon();
    },
    setAside() {
      mirror.setAside();
    },
  };

  return {
    store,
    problems,
    location,
    setLocation(path) {
      if (path.length <= 255 && path !== lastLocation && set('progress', 'cmi.core.lesson_location', path))
        lastLocation = path;
    },
    finish() {
      if (finished) return;
      set('time', 'cmi.core.session_time', scormTimespan(timer.seconds() * 1000));
      set('progress', 'cmi.core.exit', 'suspend');
      commitNow();
      finished = true;
      const result = lms.finish();
      if (!result.ok) refused('finish', result.problem);
    },
  };
}
