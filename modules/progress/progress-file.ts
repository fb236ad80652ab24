import type { Progress } from './progress.ts';

/**
 * The progress as a file the learner can keep or take to another browser. It is the record itself
 * (with its `voortgang` marker and version), so importing is readProgress on the file's text.
 */
export function exportProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

/** A file name for the export that says what it is and from when, e.g. `meldcode-voortgang-2026-11-22.json`. */
export function progressFileName(date: Date = new Date()): string {
  // The learner's own calendar day, not UTC's: just after midnight in Amsterdam is still yesterday in UTC.
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return `meldcode-voortgang-${day.join('-')}.json`;
}
