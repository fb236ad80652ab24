import type { ExpertAnswer } from '../../../modules/case-run/leertafel.ts';
import { format } from '../../i18n/format.ts';
import type { LeertafelStrings } from './leertafel-strings.ts';

/** The expert's answer, once revealed: the choice, what it leads to and why; a note when it is no longer open. */
export function LeertafelAnswer({ expert, strings }: { expert: ExpertAnswer; strings: LeertafelStrings }) {
  return (
    <>
      <p class="leertafel-expert-choice">{format(strings['leertafel.expert'], { label: expert.label })}</p>
      <p>{expert.feedback}</p>
      <p>
        <strong>{strings['leertafel.why']}</strong> {expert.rationale}
      </p>
      {!expert.open && <p class="leertafel-note">{strings['leertafel.notOpen']}</p>}
    </>
  );
}
