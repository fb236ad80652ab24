import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import { format } from '../../i18n/format.ts';
import type { LeertafelStrings } from './leertafel-strings.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  view: LeertafelView;
  strings: LeertafelStrings;
  onToggle: () => void;
}

/** The disclosure of the expert's answer: a button that shows or hides it. */
export function LeertafelExpert({ view, strings, onToggle }: Props) {
  const expert = view.expert!;
  return (
    <div class="leertafel-expert">
      <button
        class={buttonClass('secondary')}
        type="button"
        aria-expanded={view.revealed}
        aria-controls="leertafel-antwoord"
        onClick={onToggle}
      >
        {strings['leertafel.reveal']}
      </button>
      <div id="leertafel-antwoord" hidden={!view.revealed}>
        {view.revealed && (
          <>
            <p class="leertafel-expert-choice">
              {format(strings['leertafel.expert'], { label: expert.label })}
            </p>
            <p>{expert.feedback}</p>
            <p>
              <strong>{strings['leertafel.why']}</strong> {expert.rationale}
            </p>
            {!expert.open && <p class="leertafel-note">{strings['leertafel.notOpen']}</p>}
          </>
        )}
      </div>
    </div>
  );
}
