import type { QuestionView } from '../components/knowledge-check.ts';

/**
 * The questions of a knowledge check as its plain HTML shows them (CheckQuestion before it wakes):
 * the fieldset's id, the inputs' name, type, values and labels in the page's order, the right options
 * (the list under "Bekijk het antwoord", by `data-option`) and the explanation. The island wakes with
 * these, so the page does not carry the questions a second time as data.
 */
export function readCheckQuestions(root: ParentNode): QuestionView[] {
  return [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.question')].map((fieldset) => {
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('.utrecht-form-field__input')];
    const right = new Set(
      [...fieldset.querySelectorAll<HTMLElement>('.check-reveal [data-option]')].map(
        (li) => li.dataset.option,
      ),
    );
    const text = (selector: string) => fieldset.querySelector(selector)?.textContent ?? '';
    return {
      id: fieldset.id,
      name: inputs[0]?.name ?? '',
      type: inputs[0]?.type === 'checkbox' ? 'checkbox' : 'radio',
      prompt: text('legend'),
      options: inputs.map((input) => ({
        id: input.value,
        inputId: input.id,
        text: input.labels?.[0]?.textContent ?? '',
        correct: right.has(input.value),
      })),
      answerLabel: text('.answer-label'),
      explanation: text('.check-explanation'),
    };
  });
}
