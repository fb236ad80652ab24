import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../modules/lesson/knowledge-check.schema.ts';
import { staticOptionOrder } from '../../../modules/scoring/option-order.ts';
import { questionView, rightIds, rightOptions } from '../../../src/components/knowledge-check.ts';

/** The option ids in the order the page shows them without JavaScript. */
const pageOrder = (key: string, ids: string[]) => staticOptionOrder(key, ids).map((i) => ids[i]);

const single = questionSchema.parse({
  id: 'meldrecht-toestemming',
  kind: 'single',
  prompt: 'Heb je toestemming van de ouders nodig om te melden?',
  options: [
    { id: 'ja', text: 'Ja, altijd.' },
    { id: 'nee', text: 'Nee, je hebt meldrecht.', correct: true },
  ],
  explanation: 'Je hebt meldrecht.',
});

const multiple = questionSchema.parse({
  id: 'uitkomsten-melden',
  kind: 'multiple',
  prompt: 'Bij welke antwoorden meld je? Kies alle goede antwoorden.',
  options: [
    { id: 'a3-nee', text: 'Afweging 3 nee.', correct: true },
    { id: 'a4-ja', text: 'Afweging 4 ja.' },
    { id: 'a5-nee', text: 'Afweging 5 nee.', correct: true },
  ],
  explanation: 'Nee bij afweging 3, 4 of 5 leidt tot een melding.',
});

describe('questionView', () => {
  it('gives a single-choice question radio buttons with stable ids and the progress key as name', () => {
    const view = questionView('basis', 'afwegingskader', single);
    expect(view).toMatchObject({
      id: 'vraag-meldrecht-toestemming',
      name: 'basis/afwegingskader#meldrecht-toestemming',
      type: 'radio',
      prompt: single.prompt,
      answerLabel: 'Het goede antwoord:',
      explanation: 'Je hebt meldrecht.',
    });
    expect(view.options).toEqual(
      expect.arrayContaining([
        { id: 'ja', inputId: 'vraag-meldrecht-toestemming--ja', text: 'Ja, altijd.', correct: false },
        {
          id: 'nee',
          inputId: 'vraag-meldrecht-toestemming--nee',
          text: 'Nee, je hebt meldrecht.',
          correct: true,
        },
      ]),
    );
    expect(view.options).toHaveLength(2);
    expect(rightOptions(view).map((option) => option.text)).toEqual(['Nee, je hebt meldrecht.']);
    expect(rightIds(view)).toEqual(['nee']);
  });

  it('gives a multiple-choice question checkboxes and lists every right option in display order', () => {
    const view = questionView('basis', 'afwegingskader', multiple);
    expect(view.type).toBe('checkbox');
    expect(view.answerLabel).toBe('De goede antwoorden:');
    const shown = view.options.map((option) => option.id);
    expect(rightIds(view)).toEqual(shown.filter((id) => id !== 'a4-ja'));
    expect(rightOptions(view).map((option) => option.text)).toEqual(
      rightIds(view).map((id) => multiple.options.find((option) => option.id === id)!.text),
    );
  });

  it('shows the options in an order derived from the question, not in the order they are written', () => {
    const ids = multiple.options.map((option) => option.id);
    const key = 'basis/afwegingskader#uitkomsten-melden';
    const shown = questionView('basis', 'afwegingskader', multiple).options.map((option) => option.id);
    expect(shown).toEqual(pageOrder(key, ids));
    expect(shown).not.toEqual(ids);
    expect(questionView('basis', 'afwegingskader', multiple).options).toEqual(
      questionView('basis', 'afwegingskader', structuredClone(multiple)).options,
    );
  });

  it('keeps input ids apart even when question and option ids share words', () => {
    const a = questionView('basis', 'les', {
      ...single,
      id: 'a',
      options: [{ ...single.options[0]!, id: 'b-c' }],
    });
    const b = questionView('basis', 'les', {
      ...single,
      id: 'a-b',
      options: [{ ...single.options[0]!, id: 'c' }],
    });
    expect(a.options[0]!.inputId).not.toBe(b.options[0]!.inputId);
  });
});
