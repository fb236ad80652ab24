import type { CourseModule } from '../../modules/course/course-module.ts';
import type { VerifyTable } from '../../modules/scoring/verify-table.ts';

/**
 * What the progress islands and issuing know of a module, as plain JSON: the course module
 * (modules/course/course-module.ts), each case as its verify table (never the case text).
 */
export type ModuleData = CourseModule;

/** Builds a module's data from its content; throws when a case has no verify table. */
export function moduleData(
  group: { id: string; name: string },
  lessons: readonly {
    slug: string;
    entry: {
      data: {
        title: string;
        minutes: number;
        questions: { id: string; options: { id: string; correct: boolean }[] }[];
      };
    };
  }[],
  cases: readonly { data: { id: string; minutes: number } }[],
  tables: ReadonlyMap<string, VerifyTable>,
): ModuleData {
  return {
    id: group.id,
    name: group.name,
    lessons: lessons.map(({ slug, entry: { data } }) => ({
      slug,
      title: data.title,
      minutes: data.minutes,
      questions: data.questions.map(({ id, options }) => ({
        id,
        options: options.map((o) => ({ id: o.id, correct: o.correct })),
      })),
    })),
    cases: cases.map(({ data }) => {
      const table = tables.get(data.id);
      if (!table) throw new Error(`case "${data.id}" has no verify table`);
      return { ...table, minutes: data.minutes };
    }),
  };
}
