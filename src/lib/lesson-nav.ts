/** Where a lesson stands in its module: "Les 2 van 5", the lessons around it, and whether it is the last. */
export interface LessonNav<L> {
  position: number;
  count: number;
  previous: L | undefined;
  next: L | undefined;
  last: boolean;
}

/** The place of the lesson `slug` among its module's lessons, in reading order; throws when it is not there. */
export function lessonNav<L extends { slug: string }>(lessons: readonly L[], slug: string): LessonNav<L> {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) throw new Error(`lesson "${slug}" is not in its module`);
  return {
    position: index + 1,
    count: lessons.length,
    previous: lessons[index - 1],
    next: lessons[index + 1],
    last: index === lessons.length - 1,
  };
}
