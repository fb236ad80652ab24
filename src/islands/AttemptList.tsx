import { format } from '../i18n/format.ts';
import type { EarlierAttempt } from './earlier-attempts.ts';
import { attemptLine, otherVersionsLine } from './attempt-lines.ts';
import { formatWhen, type PlayerStrings } from './player-text.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  list: EarlierAttempt[];
  other: number;
  strings: PlayerStrings;
  onView: (earlier: EarlierAttempt) => void;
}

/** Earlier attempts of this case, newest first, each with a "Bekijk" button that replays it read-only. */
export function AttemptList({ list, other, strings, onView }: Props) {
  const older = otherVersionsLine(strings, other);
  if (list.length === 0 && !older) return null;
  return (
    <section class="player-attempts" aria-labelledby="pogingen-kop">
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced" id="pogingen-kop">
        {strings['player.attempts.heading']}
      </h3>
      {list.length > 0 && (
        <ul role="list">
          {list.map((earlier) => {
            const when = formatWhen(earlier.attempt.startedAt);
            return (
              <li key={earlier.id}>
                <span>{attemptLine(strings, earlier, when)}</span>{' '}
                <button class={buttonClass('secondary')} type="button" onClick={() => onView(earlier)}>
                  {strings['player.attempts.view']}
                  <span class="visually-hidden">
                    {' '}
                    {format(strings['player.attempts.viewWhich'], { date: when })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {older && <p>{older}</p>}
    </section>
  );
}
