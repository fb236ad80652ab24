import { lessonKey } from '../../modules/progress/progress.ts';

/** Titles of every lesson and case, for "verder waar je was" on the home page (a few KB of JSON). */
export interface ResumeTargets {
  /** Module names by beroepsgroep id. */
  groups: Record<string, string>;
  /** Lesson titles by `<beroepsgroep>/<slug>`. */
  lessons: Record<string, string>;
  /** Each case's module and title, by case id. */
  cases: Record<string, [beroepsgroep: string, title: string]>;
}

/** The targets of the whole course, from its modules, lessons and cases. */
export function resumeTargets(
  groups: readonly { data: { id: string; name: string } }[],
  lessons: readonly { beroepsgroep: string; slug: string; entry: { data: { title: string } } }[],
  cases: readonly { data: { id: string; beroepsgroep: string; title: string } }[],
): ResumeTargets {
  return {
    groups: Object.fromEntries(groups.map(({ data }) => [data.id, data.name])),
    lessons: Object.fromEntries(lessons.map((l) => [lessonKey(l.beroepsgroep, l.slug), l.entry.data.title])),
    cases: Object.fromEntries(cases.map(({ data }) => [data.id, [data.beroepsgroep, data.title]])),
  };
}
