import type { Question } from '../../modules/lesson/knowledge-check.schema.ts';
import { questionKey } from '../../modules/progress/progress.ts';
import { t } from '../i18n/ui.ts';

/** One option of a question as the page renders it. */
export interface OptionView {
  id: string;
  /** The input's id; `--` never occurs in a kebab-case id, so it cannot clash with another question's. */
  inputId: string;
  text: string;
}

/** A knowledge-check question ready for plain HTML: stable ids for a later script, and the answer to reveal. */
export interface QuestionView {
  /** `vraag-<question id>`: the fieldset's id, unique on the lesson page. */
  id: string;
  /** `<beroepsgroep>/<slug>#<question id>`: the inputs' name and the key of stored answers. */
  name: string;
  type: 'radio' | 'checkbox';
  prompt: string;
  options: OptionView[];
  answerLabel: string;
  /** The texts of the right option(s), in display order. */
  right: string[];
  explanation: string;
}

/** The view of one question of the lesson `<beroepsgroep>/<slug>`. */
export function questionView(beroepsgroep: string, slug: string, question: Question): QuestionView {
  const id = `vraag-${question.id}`;
  const right = question.options.filter((option) => option.correct).map((option) => option.text);
  return {
    id,
    name: questionKey(beroepsgroep, slug, question.id),
    type: question.kind === 'single' ? 'radio' : 'checkbox',
    prompt: question.prompt,
    options: question.options.map((option) => ({
      id: option.id,
      inputId: `${id}--${option.id}`,
      text: option.text,
    })),
    answerLabel: t(right.length === 1 ? 'check.answer.single' : 'check.answer.multiple'),
    right,
    explanation: question.explanation,
  };
}
