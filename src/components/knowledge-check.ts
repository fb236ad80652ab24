import type { Question } from '../../modules/lesson/knowledge-check.schema.ts';
import { questionKey } from '../../modules/progress/progress.ts';
import { staticOptionOrder } from '../../modules/scoring/option-order.ts';
import { checkStrings } from '../i18n/check-strings.ts';

// Used at build time (questionView) and in the knowledge-check island (the types and right*): nothing
// here may pull more than the question's own data into the browser. The island reads its questions
// back from the page (read-check-questions.ts), so what the page shows is all it has.

/** One option of a question as the page renders it. */
export interface OptionView {
  id: string;
  /** The input's id; `--` never occurs in a kebab-case id, so it cannot clash with another question's. */
  inputId: string;
  text: string;
  correct: boolean;
}

/** A knowledge-check question ready for plain HTML: stable ids for a later script, and the answer to reveal. */
export interface QuestionView {
  /** `vraag-<question id>`: the fieldset's id, unique on the lesson page. */
  id: string;
  /** `<beroepsgroep>/<slug>#<question id>`: the inputs' name and the key of stored answers. */
  name: string;
  type: 'radio' | 'checkbox';
  prompt: string;
  /** In the page's order, derived from the question (staticOptionOrder), never the order written. */
  options: OptionView[];
  answerLabel: string;
  explanation: string;
}

/** A question's right option(s), in display order. */
export function rightOptions(question: QuestionView): OptionView[] {
  return question.options.filter((option) => option.correct);
}

/** The ids of a question's right option(s). */
export function rightIds(question: QuestionView): string[] {
  return rightOptions(question).map((option) => option.id);
}

/** The view of one question of the lesson `<beroepsgroep>/<slug>`. */
export function questionView(beroepsgroep: string, slug: string, question: Question): QuestionView {
  const id = `vraag-${question.id}`;
  const name = questionKey(beroepsgroep, slug, question.id);
  const right = question.options.filter((option) => option.correct).length;
  const order = staticOptionOrder(
    name,
    question.options.map((option) => option.id),
  );
  return {
    id,
    name,
    type: question.kind === 'single' ? 'radio' : 'checkbox',
    prompt: question.prompt,
    options: order
      .map((i) => question.options[i]!)
      .map((option) => ({
        id: option.id,
        inputId: `${id}--${option.id}`,
        text: option.text,
        correct: option.correct,
      })),
    answerLabel: checkStrings[right === 1 ? 'check.answer.single' : 'check.answer.multiple'],
    explanation: question.explanation,
  };
}
