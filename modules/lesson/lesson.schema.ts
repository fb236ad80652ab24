import { z } from 'zod';
import { phaseIds } from '../stappenplan/phases.ts';
import { knowledgeCheckSchema } from './knowledge-check.schema.ts';

/** Frontmatter of a lesson in `content/lessen/<beroepsgroep>/<slug>.mdx`. */
export const lessonSchema = z.strictObject({
  title: z.string().trim().min(1).describe('Page title and link text, e.g. "Signalen herkennen".'),
  summary: z.string().trim().min(1).describe('One or two sentences shown in the lesson list.'),
  order: z.int().min(0).describe('Position in the beroepsgroep lesson list; lower comes first.'),
  minutes: z.int().min(1).max(120).describe('Estimated reading time in whole minutes.'),
  phases: z
    .array(z.enum(phaseIds))
    .min(1)
    .optional()
    .describe(
      'The phases of the stappenplan this lesson teaches (stap-1…stap-5, afweging-1…afweging-5, acuut, collega-route). A case result links a wrong first choice at a moment of that phase to this lesson (lesson/phase-lessons.ts). Leave out for a lesson that teaches no phase.',
    ),
  questions: knowledgeCheckSchema.describe('The knowledge check at the end of the lesson.'),
});
export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
