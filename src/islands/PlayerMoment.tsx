import type { Ref } from 'preact';
import type { RunView } from '../../modules/case-run/case-run.ts';
import { phaseInfo } from '../../modules/stappenplan/phases.ts';
import { stappenplanDiagram, type SideRoute } from '../lib/stappenplan-diagram.ts';
import { compactLayout } from '../lib/stappenplan-layouts.ts';
import { CaseStory } from './CaseStory.tsx';
import type { PlayerFirstStrings } from './player-text.ts';
import { StappenplanSvg } from './StappenplanSvg.tsx';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  view: RunView;
  strings: PlayerFirstStrings;
  sideRoutes: SideRoute[];
  headingRef: Ref<HTMLHeadingElement>;
  /**
   * Until stored progress is read (and without JavaScript) the choices are hidden, in their written order,
   * with the ids of all the moment's written choices: takeFirstChoiceEarly (early-choice.ts) may show them
   * in a new attempt's order before the player wakes.
   */
  written?: string[] | undefined;
  onChoose: (choice: string) => void;
  /** "Verder" after a consequence of the last choice. */
  onContinue: () => void;
}

/** One moment of the case: where you are in the stappenplan, the situation, and the choices as buttons. */
export function PlayerMoment({
  view,
  strings,
  sideRoutes,
  headingRef,
  written,
  onChoose,
  onContinue,
}: Props) {
  const diagram = stappenplanDiagram(strings, { layout: compactLayout, sideRoutes, current: view.phase });
  return (
    <section
      class={view.consequence ? 'player-moment player-consequence' : 'player-moment'}
      aria-labelledby="moment-kop"
    >
      <h2
        class="utrecht-heading-2 utrecht-heading-2--distanced"
        id="moment-kop"
        tabIndex={-1}
        ref={headingRef}
      >
        {view.consequence
          ? view.title
            ? `${strings['player.consequence']}: ${view.title}`
            : strings['player.consequence']
          : (view.title ?? phaseInfo(view.phase).name)}
      </h2>
      <div class="player-where">
        <p>{diagram.where}</p>
        <StappenplanSvg diagram={diagram} id="speler-stappenplan" decorative />
      </div>
      {view.consequence && <p class="player-consequence-note">{strings['player.consequenceNote']}</p>}
      <MomentStory view={view} strings={strings} />
      {view.consequence && (
        <button class={buttonClass('primary', 'player-next')} type="button" onClick={onContinue}>
          {view.backToChoice ? strings['player.backToChoice'] : strings['player.next']}
        </button>
      )}
      {view.question && (
        <fieldset class="player-choices utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
            {view.question}
          </legend>
          {written && <p class="player-wait">{strings['player.loading']}</p>}
          <ul
            role="list"
            hidden={!!written}
            data-node={written && view.node}
            data-written={written?.join(' ')}
          >
            {view.choices.map((choice) => (
              <li key={choice.id}>
                <button
                  class={buttonClass('secondary')}
                  type="button"
                  value={choice.id}
                  onClick={() => onChoose(choice.id)}
                >
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </section>
  );
}

/** The situation, the signals and the dialogue of a moment. */
export function MomentStory({ view, strings }: { view: RunView; strings: PlayerFirstStrings }) {
  return (
    <CaseStory
      story={view}
      labels={{ signals: strings['player.signals'], dialogue: strings['player.dialogue'] }}
      dialogueClass="player-dialogue"
    />
  );
}
