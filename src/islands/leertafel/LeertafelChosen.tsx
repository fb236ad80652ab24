import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import { format } from '../../i18n/format.ts';
import type { LeertafelStrings } from './leertafel-strings.ts';

/** What the group chose at the last moment, how the expert sees it and why. */
export function LeertafelChosen({
  chosen,
  strings,
}: {
  chosen: NonNullable<LeertafelView['feedback']>;
  strings: LeertafelStrings;
}) {
  return (
    <div class={`leertafel-chosen leertafel-${chosen.verdict}`}>
      <p>
        <strong>{format(strings['leertafel.chosen'], { label: chosen.label })}</strong>{' '}
        {strings[`leertafel.chosenVerdict.${chosen.verdict}`]}
      </p>
      <p>{chosen.feedback}</p>
      <p>
        <strong>{strings['leertafel.why']}</strong> {chosen.rationale}
      </p>
    </div>
  );
}
