import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { summarizeRun } from '../../modules/case-run/case-summary.ts';
import type { PhaseLessons } from '../../modules/lesson/phase-lessons.ts';
import { format } from '../i18n/format.ts';
import { reviewMoment } from './case-review.ts';
import type { Review } from './player-state.ts';
import { formatWhen, type PlayerStrings } from './player-text.ts';
import { ReviewStep } from './ReviewStep.tsx';
import { ResultDetails } from './ResultDetails.tsx';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  compiled: CompiledCase;
  review: Review;
  strings: PlayerStrings;
  lessons: PhaseLessons;
  headingRef: Ref<HTMLHeadingElement>;
  onMove: (review: Review | null) => void;
}

/** Looking back on an earlier attempt, read-only: step through its decisions, or see its result. */
export function PlayerReview({ compiled, review, strings, lessons, headingRef, onMove }: Props) {
  const { attempt, step } = review;
  const partHeading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving within the review puts focus on the part now shown; opening it focuses the main heading.
    if (first.current) first.current = false;
    else partHeading.current?.focus();
  }, [step]);
  const moment = step === 'summary' ? null : reviewMoment(compiled, attempt, step);
  return (
    <section class="player-review" aria-labelledby="terugkijken-kop">
      <h2
        class="utrecht-heading-2 utrecht-heading-2--distanced"
        id="terugkijken-kop"
        tabIndex={-1}
        ref={headingRef}
      >
        {format(strings['player.review.heading'], { date: formatWhen(attempt.startedAt) })}
      </h2>
      <p class="player-review-modes">
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => onMove({ attempt, step: 0 })}
          disabled={step !== 'summary'}
        >
          {strings['player.review.toSteps']}
        </button>{' '}
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => onMove({ attempt, step: 'summary' })}
          disabled={step === 'summary'}
        >
          {strings['player.review.toSummary']}
        </button>
      </p>
      {moment ? (
        <ReviewStep
          moment={moment}
          strings={strings}
          headingRef={partHeading}
          onStep={(s) => onMove({ attempt, step: s })}
        />
      ) : (
        <>
          <h3
            class="utrecht-heading-3 utrecht-heading-3--distanced"
            id="terugkijken-uitslag"
            tabIndex={-1}
            ref={partHeading}
          >
            {strings['player.result.heading']}
          </h3>
          <ResultDetails summary={summarizeRun(compiled, attempt.events, lessons)} strings={strings} />
        </>
      )}
      <button class={buttonClass('secondary', 'player-close')} type="button" onClick={() => onMove(null)}>
        {strings['player.review.close']}
      </button>
    </section>
  );
}
