import type { LoadedContent } from '../authoring/load-content.ts';
import { hashCase } from '../scoring/hash-case.ts';
import type { LmsModule } from './lms-module.ts';

/**
 * The LmsModule of one module from the checked content (build time, Node): lessons in the loader's
 * reading order, their questions, and each case with the hash of its authored form. `null` for an
 * unknown module id.
 */
export async function lmsModuleOf(
  content: Pick<LoadedContent, 'beroepsgroepen' | 'lessons' | 'cases'>,
  moduleId: string,
): Promise<LmsModule | null> {
  const group = content.beroepsgroepen.find((g) => g.id === moduleId);
  if (!group) return null;
  const cases = content.cases.filter((c) => c.compiled.def.beroepsgroep === moduleId);
  return {
    id: group.id,
    title: group.name,
    description: group.description,
    sector: group.sector,
    passPercentage: group.passPercentage,
    lessons: content.lessons
      .filter((lesson) => lesson.beroepsgroep === moduleId)
      .map(({ slug, lesson }) => ({
        slug,
        title: lesson.title,
        questions: lesson.questions.map((q) => ({
          id: q.id,
          prompt: q.prompt,
          options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
        })),
      })),
    cases: await Promise.all(
      cases.map(async ({ compiled, authored }) => ({ def: compiled.def, hash: await hashCase(authored) })),
    ),
  };
}
