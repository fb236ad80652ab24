import type { Ref } from 'preact';
import { format } from '../i18n/format.ts';
import type { ReviewMoment } from './case-review.ts';
import { PlayerFeedback } from './PlayerFeedback.tsx';
import { MomentStory } from './PlayerMoment.tsx';
import type { PlayerStrings } from './player-text.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  moment: ReviewMoment;
  strings: PlayerStrings;
  headingRef: Ref<HTMLHeadingElement>;
  onStep: (index: number) => void;
}

/** One decision of an earlier attempt: the moment, the choices as they were shown, yours marked, and the feedback. */
export function ReviewStep({ moment, strings, headingRef, onStep }: Props) {
  const { view, chosen, feedback, index, count } = moment;
  return (
    <>
      <h3
        class="utrecht-heading-3 utrecht-heading-3--distanced"
        id="terugkijken-stap"
        tabIndex={-1}
        ref={headingRef}
      >
        {format(strings['player.review.step'], { index: index + 1, count })}
        {view.title && `: ${view.title}`}
      </h3>
      <MomentStory view={view} strings={strings} />
      {view.question && (
        <p>
          <strong>{view.question}</strong>
        </p>
      )}
      <p>{strings['player.review.shown']}</p>
      <ul class="player-shown">
        {view.choices.map((choice) => (
          <li key={choice.id} class={choice.id === chosen ? 'player-shown-chosen' : undefined}>
            {choice.label}
            {choice.id === chosen && <strong> ({strings['player.review.chosen']})</strong>}
          </li>
        ))}
      </ul>
      <PlayerFeedback feedback={feedback} strings={strings} level={3} />
      <p class="player-review-steps">
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => onStep(index - 1)}
          disabled={index === 0}
        >
          {strings['player.review.previous']}
        </button>{' '}
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => onStep(index + 1)}
          disabled={index + 1 >= count}
        >
          {strings['player.review.next']}
        </button>
      </p>
    </>
  );
}
