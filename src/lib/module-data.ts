import type { VerifyTable } from '../../modules/scoring/verify-table.ts';

/**
 * What the progress islands know of a module, as plain JSON: ids and titles in course order, each
 * lesson's question ids, and each case's verify table (never the case itself).
 */
export interface ModuleData {
  id: string;
  name: string;
  lessons: { slug: string; title: string; questions: string[] }[];
  cases: { id: string; title: string; table: VerifyTable }[];
}

/** Builds a module's data from its content; throws when a case has no verify table. */
export function moduleData(
  group: { id: string; name: string },
  lessons: readonly { slug: string; entry: { data: { title: string; questions: { id: string }[] } } }[],
  cases: readonly { data: { id: string; title: string } }[],
  tables: ReadonlyMap<string, VerifyTable>,
): ModuleData {
  return {
    id: group.id,
    name: group.name,
    lessons: lessons.map(({ slug, entry }) => ({
      slug,
      title: entry.data.title,
      questions: entry.data.questions.map((question) => question.id),
    })),
    cases: cases.map(({ data }) => {
      const table = tables.get(data.id);
      if (!table) throw new Error(`case "${data.id}" has no verify table`);
      return { id: data.id, title: data.title, table };
    }),
  };
}
