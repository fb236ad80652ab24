import { paragraphs } from './player-text.ts';

interface Story {
  situation: string;
  signals: readonly string[];
  dialogue: readonly { speaker: string; text: string }[];
}

interface Props {
  story: Story;
  /** The headings above the signals and the dialogue. */
  labels: { signals: string; dialogue: string };
  /** The class of the dialogue list, for the player's or the leertafel's style. */
  dialogueClass: string;
}

/** The situation, the signals and the dialogue of a moment, as the player and the leertafel show them. */
export function CaseStory({ story, labels, dialogueClass }: Props) {
  return (
    <>
      {paragraphs(story.situation).map((text) => (
        <p>{text}</p>
      ))}
      {story.signals.length > 0 && (
        <>
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{labels.signals}</h3>
          <ul>
            {story.signals.map((signal) => (
              <li>{signal}</li>
            ))}
          </ul>
        </>
      )}
      {story.dialogue.length > 0 && (
        <>
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{labels.dialogue}</h3>
          <ul class={dialogueClass} role="list">
            {story.dialogue.map((line) => (
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
