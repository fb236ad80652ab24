import type { Beroepsgroep } from '../../modules/beroepsgroep/beroepsgroep.schema.ts';
import type { Lesson } from '../../modules/lesson/lesson.schema.ts';

/** The parts of a collection entry this module needs; Astro's entries satisfy it. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** A lesson with the route segments it is published under: `/<beroepsgroep>/<slug>/`. */
export interface LessonRoute<E extends Entry<Lesson>> {
  beroepsgroep: string;
  slug: string;
  entry: E;
}

/** Beroepsgroepen in display order and each group's lessons in reading order. */
export interface ContentIndex<G extends Entry<Beroepsgroep>, L extends Entry<Lesson>> {
  groups: G[];
  lessonsByGroup: Map<string, LessonRoute<L>[]>;
}

/** Lower `order` first; equal orders fall back to the label so the result never depends on file order. */
/** Top-level paths the site uses itself, so no beroepsgroep may take them. */
export const reservedGroupIds: readonly string[] = ['over', 'zoeken', '404'];

const byOrder = (a: { order: number; label: string }, b: { order: number; label: string }) =>
  a.order - b.order || a.label.localeCompare(b.label, 'nl');

/**
 * Checks how beroepsgroepen and lessons fit together and indexes them.
 * Throws one error that lists every problem with its file and how to fix it.
 */
export function buildContentIndex<G extends Entry<Beroepsgroep>, L extends Entry<Lesson>>(
  groups: readonly G[],
  lessons: readonly L[],
): ContentIndex<G, L> {
  const problems: string[] = [];
  for (const group of groups) {
    if (reservedGroupIds.includes(group.data.id)) {
      problems.push(
        `${where(group, 'content/beroepsgroepen')}: id "${group.data.id}" is already a page of the site; choose another id.`,
      );
    }
    if (group.id !== group.data.id) {
      problems.push(
        `${where(group, 'content/beroepsgroepen')}: id "${group.data.id}" must equal the file name "${group.id}"; rename the file or change the id.`,
      );
    }
  }
  const groupIds = groups.map((group) => group.data.id);
  const lessonsByGroup = new Map<string, LessonRoute<L>[]>(groupIds.map((id) => [id, []]));
  for (const entry of lessons) {
    const [beroepsgroep, slug, ...rest] = entry.id.split('/');
    const list = beroepsgroep === undefined ? undefined : lessonsByGroup.get(beroepsgroep);
    if (!beroepsgroep || !slug || rest.length > 0) {
      problems.push(
        `${where(entry, 'content/lessen')}: a lesson must sit directly in content/lessen/<beroepsgroep>/.`,
      );
    } else if (!list) {
      problems.push(
        `${where(entry, 'content/lessen')}: folder "${beroepsgroep}" is not a beroepsgroep; use one of: ${groupIds.join(', ') || '(none defined)'}.`,
      );
    } else {
      list.push({ beroepsgroep, slug, entry });
    }
  }
  if (problems.length > 0) throw new Error(`Content problems:\n- ${problems.join('\n- ')}`);
  const lessonKey = ({ entry }: LessonRoute<L>) => ({ order: entry.data.order, label: entry.data.title });
  const groupKey = ({ data }: G) => ({ order: data.order, label: data.name });
  for (const list of lessonsByGroup.values()) list.sort((a, b) => byOrder(lessonKey(a), lessonKey(b)));
  return { groups: [...groups].sort((a, b) => byOrder(groupKey(a), groupKey(b))), lessonsByGroup };
}

/** The lesson after `slug` in its group's reading order, if any. */
export function nextLesson<L extends Entry<Lesson>>(
  list: readonly LessonRoute<L>[],
  slug: string,
): LessonRoute<L> | undefined {
  const index = list.findIndex((route) => route.slug === slug);
  return index === -1 ? undefined : list[index + 1];
}

function where(entry: Entry<unknown>, folder: string): string {
  return entry.filePath ?? `${folder}/${entry.id}`;
}
