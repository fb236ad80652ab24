import type { LoadedContent } from '../authoring/load-content.ts';
import type { CaseDef } from '../case/case.schema.ts';
import { hashCase } from '../scoring/hash-case.ts';
import { makeVerifyTable } from '../scoring/make-verify-table.ts';
import type { LmsModule } from './lms-module.ts';

/**
 * The LmsModule of one module from the checked content (build time, Node): lessons in the loader's
 * reading order, their questions, and each case's verify table (with the hash of its authored form)
 * and lean definition. `null` for an
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
    name: group.name,
    description: group.description,
    sector: group.sector,
    passPercentage: group.passPercentage,
    lessons: content.lessons
      .filter((lesson) => lesson.beroepsgroep === moduleId)
      .map(({ slug, lesson }) => ({
        slug,
        title: lesson.title,
        minutes: lesson.minutes,
        questions: lesson.questions.map((q) => ({
          id: q.id,
          prompt: q.prompt,
          options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
        })),
      })),
    cases: await Promise.all(
      cases.map(async ({ compiled, authored }) => ({
        ...makeVerifyTable(compiled, await hashCase(authored)),
        minutes: compiled.def.minutes,
        def: leanCase(compiled.def),
      })),
    ),
  };
}

/** Texts the package's session never reads (it scores, encodes and reports; the case pages show the story). */
const STORY_FIELDS = new Set(['situation', 'signals', 'dialogue', 'discussion', 'feedback', 'rationale']);

/**
 * The case without its story: ids, phases, questions, labels, verdicts, scores, actions and next steps
 * stay, so it compiles, scores and reports the same; the launch page carries a third of the text.
 * The hash stays that of the case as authored.
 */
export function leanCase(def: CaseDef): CaseDef {
  const lean = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([key]) => !STORY_FIELDS.has(key))) as T;
  return {
    ...def,
    summary: '',
    goals: [],
    nodes: def.nodes.map((node) => ({
      ...lean(node),
      situation: '',
      ...(node.choices && {
        choices: node.choices.map((choice) => ({ ...lean(choice), feedback: '', rationale: '' })),
      }),
    })),
  };
}
