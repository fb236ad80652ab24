import { z } from 'zod';

/**
 * A knowledge check: the questions that end a lesson, in its frontmatter under `questions:`.
 * Answers are stored and reported by `<beroepsgroep>/<lesson>#<question id>`, so ids never change
 * when a question is reworded or moved. Example:
 *
 * questions:
 *   - id: meldrecht-toestemming
 *     kind: single # single: one right option; multiple: one or more right options
 *     prompt: Heb je toestemming van de ouders nodig om te melden bij Veilig Thuis?
 *     options:
 *       - { id: ja, text: Ja, altijd. }
 *       - { id: nee, text: Nee, je hebt meldrecht., correct: true }
 *     explanation: Je hebt meldrecht. Je vertelt het de ouders wel vooraf, behalve als dat niet veilig is.
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'moet kebab-case zijn: kleine letters, cijfers en losse streepjes',
});
const text = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

export const questionOptionSchema = z.strictObject({
  id: id.describe('Stable id, unique within its question; stored with the answer.'),
  text: text.describe('The option as the learner reads it.'),
  correct: z.boolean().default(false).describe('True for a right option.'),
});

export const questionSchema = z
  .strictObject({
    id: id.describe('Stable id, unique within the lesson; it keys stored answers and reports.'),
    kind: z
      .enum(['single', 'multiple'])
      .describe('single: exactly one right option (radio buttons); multiple: one or more (checkboxes).'),
    prompt: text.describe('The question, in one or two short sentences.'),
    options: z
      .array(questionOptionSchema)
      .min(2)
      .max(6)
      .describe(
        'Two to six options, in any order: the page never shows them as written (scoring/option-order.ts).',
      ),
    explanation: text.describe(
      'Why the right answer is right, grounded in the meldcode; shown after answering, also before a new try after a wrong answer.',
    ),
  })
  .superRefine((question, ctx) => {
    const right = question.options.filter((option) => option.correct).length;
    if (question.kind === 'single' && right !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `een vraag met kind: single heeft precies één optie met correct: true (nu ${right})`,
      });
    }
    if (question.kind === 'multiple' && right === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'een vraag met kind: multiple heeft minstens één optie met correct: true',
      });
    }
    const ids = question.options.map((option) => option.id);
    ids.forEach((optionId, i) => {
      if (ids.indexOf(optionId) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `optie-id "${optionId}" komt twee keer voor`,
        });
    });
  });
export type Question = z.output<typeof questionSchema>;

/** Two to five questions, each with its own id. */
export const knowledgeCheckSchema = z
  .array(questionSchema)
  .min(2, { error: 'een les eindigt met minstens twee vragen' })
  .max(5, { error: 'een les heeft hoogstens vijf vragen' })
  .superRefine((questions, ctx) => {
    const ids = questions.map((question) => question.id);
    ids.forEach((questionId, i) => {
      if (ids.indexOf(questionId) !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `vraag-id "${questionId}" komt twee keer voor`,
        });
    });
  });
