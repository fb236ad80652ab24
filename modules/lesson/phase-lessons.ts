import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { Phase } from '../stappenplan/phases.ts';

/**
 * Which lesson teaches a moment of a case: the lessons say in their frontmatter which phases of the
 * stappenplan they cover (`phases: [afweging-2, …]`), so no list of links has to be kept by hand.
 *
 * For a moment in phase P of a case in module M: among M's lessons that declare P, the most focused
 * one (the fewest phases), the first in reading order at a tie; when M has none, the same among the
 * lessons of the basis module (sector `algemeen`), which every learner starts with.
 */

/** A lesson as the lookup needs it; lists of lessons are in reading order within each module. */
export interface LessonRef {
  beroepsgroep: string;
  slug: string;
  title: string;
  phases?: readonly Phase[] | undefined;
}

/** Where a lesson is: its page is `/<beroepsgroep>/<slug>/`. */
export interface LessonLink {
  beroepsgroep: string;
  slug: string;
  title: string;
}

/** The lesson for each phase a case uses; plain JSON, so a page can hand it to the player. */
export type PhaseLessons = Partial<Record<Phase, LessonLink>>;

/** A module as the lookup needs it: its id and sector (`algemeen` is the basis module). */
export interface ModuleRef {
  id: string;
  sector: Sector;
}

function mostFocused(lessons: readonly LessonRef[], phase: Phase): LessonLink | null {
  let best: LessonRef | null = null;
  for (const lesson of lessons) {
    if (!lesson.phases?.includes(phase)) continue;
    if (!best || lesson.phases.length < best.phases!.length) best = lesson;
  }
  return best && { beroepsgroep: best.beroepsgroep, slug: best.slug, title: best.title };
}

/** The lesson that teaches `phase` to a learner in module `beroepsgroep`, or null when no lesson declares it. */
export function lessonForPhase(
  lessons: readonly LessonRef[],
  modules: readonly ModuleRef[],
  beroepsgroep: string,
  phase: Phase,
): LessonLink | null {
  const own = mostFocused(
    lessons.filter((lesson) => lesson.beroepsgroep === beroepsgroep),
    phase,
  );
  if (own) return own;
  const basis = new Set(modules.filter((m) => m.sector === 'algemeen').map((m) => m.id));
  return mostFocused(
    lessons.filter((lesson) => basis.has(lesson.beroepsgroep)),
    phase,
  );
}

/** The lesson for each of `phases` (those without one are left out), for one module. */
export function phaseLessons(
  lessons: readonly LessonRef[],
  modules: readonly ModuleRef[],
  beroepsgroep: string,
  phases: Iterable<Phase>,
): PhaseLessons {
  const found: PhaseLessons = {};
  for (const phase of phases) {
    const lesson = lessonForPhase(lessons, modules, beroepsgroep, phase);
    if (lesson) found[phase] = lesson;
  }
  return found;
}

/** Lessons as the content loader gives them (frontmatter under `lesson`), as the lookup needs them. */
export function lessonRefs(
  loaded: readonly {
    beroepsgroep: string;
    slug: string;
    lesson: { title: string; phases?: readonly Phase[] | undefined };
  }[],
): LessonRef[] {
  return loaded.map(({ beroepsgroep, slug, lesson }) => ({
    beroepsgroep,
    slug,
    title: lesson.title,
    phases: lesson.phases,
  }));
}

/** A lesson's address on the site: `/<beroepsgroep>/<slug>/` (src/lib/paths.ts builds the same). */
export const lessonAddress = (lesson: LessonLink) => `/${lesson.beroepsgroep}/${lesson.slug}/`;
