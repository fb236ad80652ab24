import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import { CaseStory } from '../CaseStory.tsx';
import type { LeertafelFirstStrings } from './leertafel-strings.ts';

/** The situation, the signals and the dialogue of a moment. */
export function LeertafelStory({ view, strings }: { view: LeertafelView; strings: LeertafelFirstStrings }) {
  return (
    <CaseStory
      story={view}
      labels={{ signals: strings['leertafel.signals'], dialogue: strings['leertafel.dialogue'] }}
      dialogueClass="leertafel-dialogue"
    />
  );
}
