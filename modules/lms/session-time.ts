import { moduleTime } from '../progress/module-time.ts';
import type { Progress } from '../progress/progress.ts';
import type { LmsModule } from './lms-module.ts';

/**
 * The active time of one LMS session, for SCORM 1.2 `cmi.core.session_time` and the cmi5 `duration`
 * of completed, passed, failed and terminated: what the pages measured (progress/active-time.ts:
 * visible, with input at most 3 minutes ago) during this session, never the wall-clock time since
 * launch nor the course's estimate. It is the module's measured time in the newest progress the
 * store saw, minus that in the first (the progress when the session started): measured time only
 * grows, so the difference is this session's. Seconds still being counted when the session ends
 * (at most the 30 s between saves) are not in it.
 */
export function sessionTimer(module: LmsModule) {
  const timeModule = { id: module.id, lessons: module.lessons, cases: module.cases.map((c) => c.def) };
  let first: number | null = null;
  let latest = 0;
  return {
    /** Every progress the store loads or saves. */
    seen(progress: Progress): void {
      const seconds = moduleTime(timeModule, progress).seconds;
      if (first === null) first = seconds;
      latest = Math.max(latest, seconds);
    },
    /** Active seconds measured in this session so far. */
    seconds(): number {
      return first === null ? 0 : Math.max(0, latest - first);
    },
  };
}
