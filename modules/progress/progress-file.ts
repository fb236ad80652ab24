import type { Progress } from './progress.ts';

/** The field of a progress file that carries the organisatieprofiel this browser holds. */
export const PROFILE_FIELD = 'organisatieprofiel';

/**
 * The progress as a file the learner can keep or take to another browser. It is the record itself
 * (with its `voortgang` marker and version), so importing is readProgress on the file's text. With
 * the organisatieprofiel kept in this browser, its text goes along, as added, in `organisatieprofiel`
 * (readProgress passes over it; profileInFile reads it).
 */
export function exportProgress(progress: Progress, profile?: string): string {
  const file = profile === undefined ? progress : { ...progress, [PROFILE_FIELD]: profile };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The organisatieprofiel a progress file carries: none, its text (still to be checked), or a field that holds no text. */
export type FileProfile = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'broken' };

/** Reads the organisatieprofiel from a progress file's text; never throws. */
export function profileInFile(text: string): FileProfile {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { kind: 'none' };
  }
  if (typeof file !== 'object' || file === null || !(PROFILE_FIELD in file)) return { kind: 'none' };
  const profile = (file as Record<string, unknown>)[PROFILE_FIELD];
  return typeof profile === 'string' ? { kind: 'text', text: profile } : { kind: 'broken' };
}

/** A file name for the export that says what it is and from when, e.g. `meldcode-voortgang-2026-11-22.json`. */
export function progressFileName(date: Date = new Date()): string {
  // The learner's own calendar day, not UTC's: just after midnight in Amsterdam is still yesterday in UTC.
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return `meldcode-voortgang-${day.join('-')}.json`;
}
