import type { Verdict } from '../../modules/case/case.schema.ts';
import { format, type UiSection } from '../i18n/ui.ts';
import type { DiagramStrings } from '../lib/stappenplan-labels.ts';
import type { EarlierAttempt } from './case-attempts.ts';
import { resultText } from '../../modules/strings/nl-result.ts';

/** The strings the case player shows, handed to it as a prop by the case page. */
export type PlayerStrings = UiSection<'player.'> & DiagramStrings;

/** When an attempt started, in Dutch: "2 december 2026 om 10:14" (the browser's time zone unless given). */
export function formatWhen(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** The heading over the feedback on a choice: "Goed", "Deels goed", "Niet goed". */
export function verdictHeading(strings: PlayerStrings, verdict: Verdict): string {
  return strings[`player.verdict.${verdict}`];
}

/** One line in the list of earlier attempts: when, and the score and outcome, or that it was not finished. */
export function attemptLine(strings: PlayerStrings, earlier: EarlierAttempt, when: string): string {
  const { score } = earlier;
  if (!score) return format(strings['player.attempts.open'], { date: when });
  const verdict =
    score.critical.length > 0 || !score.passed ? resultText.result.failed : resultText.result.passed;
  return format(strings['player.attempts.done'], { date: when, total: score.total, max: score.max, verdict });
}

/** Says how many earlier attempts belong to another version of the case, or null when none do. */
export function otherVersionsLine(strings: PlayerStrings, count: number): string | null {
  if (count === 0) return null;
  return count === 1
    ? strings['player.attempts.older.one']
    : format(strings['player.attempts.older.other'], { count });
}

/** A situation as paragraphs: authors separate paragraphs with an empty line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
