import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import type { LeertafelLater } from './leertafel-later.ts';
import type { LeertafelFirstStrings } from './leertafel-strings.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  view: LeertafelView;
  strings: LeertafelFirstStrings;
  /** The answer shows with leertafel-later.ts (loaded right after the page is shown). */
  later: LeertafelLater | null;
  onToggle: () => void;
}

/** The disclosure of the expert's answer: a button that shows or hides it. */
export function LeertafelExpert({ view, strings, later, onToggle }: Props) {
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
        {view.revealed && later && <later.LeertafelAnswer expert={view.expert!} strings={later.strings} />}
      </div>
    </div>
  );
}
