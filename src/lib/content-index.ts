import type { Lesson } from '../../modules/lesson/lesson.schema.ts';
import type { CaseEntry, ModuleEntry } from '../loaders/course-entries.ts';

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

/** Modules in display order, with each module's lessons in reading order and its cases. */
export interface ContentIndex<
  G extends Entry<ModuleEntry>,
  L extends Entry<Lesson>,
  C extends Entry<CaseEntry>,
> {
  groups: G[];
  lessonsByGroup: Map<string, LessonRoute<L>[]>;
  casesByGroup: Map<string, C[]>;
}

/** Top-level paths the site uses itself, so no beroepsgroep may take them. */
export const reservedGroupIds: readonly string[] = [
  'over',
  'zoeken',
  'voortgang',
  '404',
  'wijzer',
  'organisatie',
];

/** Pages every module has beside its lessons (`/<beroepsgroep>/naslag/`), so no lesson may take their slug. */
export const reservedLessonSlugs: readonly string[] = ['naslag', 'wijzer'];

/**
 * Joins the modules and cases from the content loader with the MDX lesson entries. The order is the
 * content loader's (nothing is sorted here), so pages and CLIs agree. Throws one error that lists
 * every mismatch with its file and how to fix it.
 */
export function buildContentIndex<
  G extends Entry<ModuleEntry>,
  L extends Entry<Lesson>,
  C extends Entry<CaseEntry>,
>(groups: readonly G[], lessons: readonly L[], cases: readonly C[]): ContentIndex<G, L, C> {
  const problems: string[] = [];
  const lessonById = new Map(lessons.map((entry) => [entry.id, entry]));
  const listed = new Set<string>();
  const lessonsByGroup = new Map<string, LessonRoute<L>[]>();
  for (const group of groups) {
    const beroepsgroep = group.data.id;
    if (reservedGroupIds.includes(beroepsgroep)) {
      problems.push(
        `${where(group, 'content/beroepsgroepen')}: id "${beroepsgroep}" is already a page of the site; choose another id.`,
      );
    }
    const routes: LessonRoute<L>[] = [];
    for (const slug of group.data.lessons) {
      const id = `${beroepsgroep}/${slug}`;
      if (reservedLessonSlugs.includes(slug))
        problems.push(
          `content/lessen/${id}.mdx: "${slug}" is already a page of every module; rename the lesson file.`,
        );
      const entry = lessonById.get(id);
      listed.add(id);
      if (entry) routes.push({ beroepsgroep, slug, entry });
      else
        problems.push(`content/lessen/${id}.mdx: checked by the content loader, but Astro did not load it.`);
    }
    lessonsByGroup.set(beroepsgroep, routes);
  }
  for (const entry of lessons) {
    if (!listed.has(entry.id)) {
      problems.push(
        `${where(entry, 'content/lessen')}: no module lists this lesson; put it in content/lessen/<beroepsgroep>/ and run npm run lint:content.`,
      );
    }
  }
  const casesByGroup = new Map<string, C[]>(groups.map((group) => [group.data.id, []]));
  for (const entry of cases) {
    const list = casesByGroup.get(entry.data.beroepsgroep);
    if (list) list.push(entry);
    else problems.push(`case "${entry.id}": beroepsgroep "${entry.data.beroepsgroep}" is not a module.`);
  }
  if (problems.length > 0) throw new Error(`Content problems:\n- ${problems.join('\n- ')}`);
  return { groups: [...groups], lessonsByGroup, casesByGroup };
}

function where(entry: Entry<unknown>, folder: string): string {
  return entry.filePath ?? `${folder}/${entry.id}`;
}
