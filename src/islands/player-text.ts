import { formatDate } from '../../modules/wijzer/format-date.ts';
import type { Verdict } from '../../modules/case/case.schema.ts';
import type { playerLaterStrings } from '../i18n/player-later-strings.ts';
import type { playerStartStrings } from '../i18n/player-start-strings.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { DiagramStrings } from '../lib/stappenplan-labels.ts';

/**
 * The strings the case player's screens show. The notices about stored progress come with the code that
 * reads it (player-start-strings.ts, case-progress.ts).
 */
export type PlayerStrings = Omit<UiSection<'player.'>, keyof typeof playerStartStrings> & DiagramStrings;

/**
 * What the case page hands the player as a prop: its strings without those of the result, review and
 * attempts, which come with the code for them (player-later.ts), so the page does not carry them.
 */
export type PlayerFirstStrings = Omit<PlayerStrings, keyof typeof playerLaterStrings>;

/** When an attempt started, in Dutch: "2 december 2026 om 10:14" (the browser's time zone unless given). */
export function formatWhen(iso: string, timeZone?: string): string {
  return formatDate(new Date(iso), timeZone);
}

/** The heading over the feedback on a choice: "Goed", "Deels goed", "Niet goed". */
export function verdictHeading(strings: PlayerFirstStrings, verdict: Verdict): string {
  return strings[`player.verdict.${verdict}`];
}

/** A situation as paragraphs: authors separate paragraphs with an empty line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
