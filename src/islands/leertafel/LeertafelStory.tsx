import type { LeertafelView } from '../../../modules/case-run/leertafel.ts';
import { paragraphs } from '../player-text.ts';
import type { LeertafelStrings } from './leertafel-strings.ts';

/** The situation, the signals and the dialogue of a moment. */
export function LeertafelStory({ view, strings }: { view: LeertafelView; strings: LeertafelStrings }) {
  return (
    <>
      {paragraphs(view.situation).map((text) => (
        <p>{text}</p>
      ))}
      {view.signals.length > 0 && (
        <>
          <h3>{strings['leertafel.signals']}</h3>
          <ul>
            {view.signals.map((signal) => (
              <li>{signal}</li>
            ))}
          </ul>
        </>
      )}
      {view.dialogue.length > 0 && (
        <>
          <h3>{strings['leertafel.dialogue']}</h3>
          <ul class="leertafel-dialogue" role="list">
            {view.dialogue.map((line) => (
              <li>
                <strong>{line.speaker}:</strong> {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
