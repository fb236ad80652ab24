import type { ComponentChildren, Ref } from 'preact';
import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import { format } from '../../i18n/format.ts';
import { LeertafelExpert } from './LeertafelExpert.tsx';
import { LeertafelStory } from './LeertafelStory.tsx';
import type { LeertafelLater } from './leertafel-later.ts';
import { letter, type LeertafelFirstStrings } from './leertafel-strings.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  view: LeertafelView;
  /** At an ending: what was done in the stappenplan on the group's route (leertafelSteps). */
  steps: string[];
  strings: LeertafelFirstStrings;
  /** What a moment shows after the trainer acts (leertafel-later.ts), once it is there. */
  later: LeertafelLater | null;
  headingRef: Ref<HTMLHeadingElement>;
  onTake: (choice: string) => void;
  onToggle: () => void;
  /** "Verder" after a consequence of the group's choice. */
  onContinue: () => void;
  /** Where the moment is in the stappenplan, beside its heading. */
  children?: ComponentChildren;
}

/** One moment for the group: what the last choice led to, the situation, the choices, the questions, the expert. */
export function LeertafelMoment({
  view,
  steps,
  strings,
  later,
  headingRef,
  onTake,
  onToggle,
  onContinue,
  children,
}: Props) {
  const chosen = view.feedback;
  return (
    <section class="leertafel-moment" aria-labelledby="leertafel-kop">
      <div class="leertafel-head">
        <div>
          <p class="leertafel-count">
            {view.consequence
              ? later?.strings['leertafel.consequence']
              : format(strings['leertafel.moment'], { n: view.decisions + 1 })}
          </p>
          <h2
            class="utrecht-heading-2 utrecht-heading-2--distanced"
            id="leertafel-kop"
            tabIndex={-1}
            ref={headingRef}
          >
            {view.done && later ? `${later.strings['leertafel.end']}: ${view.heading}` : view.heading}
          </h2>
        </div>
        {children}
      </div>
      <div class="leertafel-columns">
        <div class="leertafel-story">
          {chosen && later && <later.LeertafelChosen chosen={chosen} strings={later.strings} />}
          <LeertafelStory view={view} strings={strings} />
        </div>
        <div class="leertafel-talk">
          {view.question && <p class="leertafel-question">{view.question}</p>}
          {view.consequence && later && (
            <p>
              <button class={buttonClass('primary', 'leertafel-continue')} type="button" onClick={onContinue}>
                {view.backToChoice
                  ? later.strings['leertafel.backToChoice']
                  : later.strings['leertafel.continue']}
              </button>
            </p>
          )}
          {view.choices.length > 0 && (
            <>
              <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['leertafel.choices']}</h3>
              <ol class="leertafel-choices" role="list">
                {view.choices.map((choice, i) => (
                  <li key={choice.id}>
                    <span class="leertafel-letter" aria-hidden="true">
                      {letter(i)}
                    </span>
                    <span class="leertafel-label">{choice.label}</span>
                    <button
                      class={buttonClass('secondary')}
                      type="button"
                      aria-label={format(strings['leertafel.takeName'], {
                        letter: letter(i),
                        label: choice.label,
                      })}
                      onClick={() => onTake(choice.id)}
                    >
                      {format(strings['leertafel.take'], { letter: letter(i) })}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['leertafel.questions']}</h3>
          <ul class="leertafel-questions">
            {(view.consequence ? [strings['leertafel.gevolg']] : view.questions).map((question) => (
              <li>{question}</li>
            ))}
          </ul>
          {steps.length > 0 && later && <later.LeertafelRoute steps={steps} strings={later.strings} />}
          {view.expert && <LeertafelExpert view={view} strings={strings} later={later} onToggle={onToggle} />}
        </div>
      </div>
    </section>
  );
}
