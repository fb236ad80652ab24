import { resultText } from '../../modules/strings/nl-result.ts';
import { format } from '../i18n/format.ts';
import type { EarlierAttempt } from './earlier-attempts.ts';
import type { PlayerStrings } from './player-text.ts';

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
