import { z } from 'zod';
import { knowledgeCheckSchema } from './knowledge-check.schema.ts';

/** Frontmatter of a lesson in `content/lessen/<beroepsgroep>/<slug>.mdx`. */
export const lessonSchema = z.strictObject({
  title: z.string().trim().min(1).describe('Page title and link text, e.g. "Signalen herkennen".'),
  summary: z.string().trim().min(1).describe('One or two sentences shown in the lesson list.'),
  order: z.int().min(0).describe('Position in the beroepsgroep lesson list; lower comes first.'),
  minutes: z.int().min(1).max(120).describe('Estimated reading time in whole minutes.'),
  questions: knowledgeCheckSchema.describe('The knowledge check at the end of the lesson.'),
});
export type LessonInput = z.input<typeof lessonSchema>;
export type Lesson = z.output<typeof lessonSchema>;
