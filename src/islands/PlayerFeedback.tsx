import type { Ref } from 'preact';
import type { RunView } from '../../modules/case-run/case-run.ts';
import { format } from '../i18n/format.ts';
import { verdictHeading, type PlayerFirstStrings } from './player-text.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  feedback: NonNullable<RunView['feedback']>;
  strings: PlayerFirstStrings;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Leave out to show the feedback without a "Verder" button (when looking back). */
  onNext?: () => void;
  level?: 2 | 3;
}

/** The feedback on a choice: the verdict as a heading (focus moves there), what happened and why. */
export function PlayerFeedback({ feedback, strings, headingRef, onNext, level = 2 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class={`player-feedback player-${feedback.verdict}`} aria-labelledby="feedback-kop">
      <Heading id="feedback-kop" tabIndex={-1} ref={headingRef}>
        {verdictHeading(strings, feedback.verdict)}
      </Heading>
      <p class="player-chosen">{format(strings['player.yourChoice'], { label: feedback.label })}</p>
      <p>{feedback.feedback}</p>
      <p>
        <strong>{strings['player.why']}</strong> {feedback.rationale}
      </p>
      {onNext && (
        <button class={buttonClass('primary', 'player-next')} type="button" onClick={onNext}>
          {strings['player.next']}
        </button>
      )}
    </section>
  );
}
