import type { ModuleStatus } from './module-status.ts';

/** The one next thing to do in a module: a lesson, a case, or (all done) the certificate. */
export type NextStep =
  | { kind: 'les'; slug: string; title: string; first: boolean }
  | { kind: 'casus'; id: string; title: string }
  | { kind: 'bewijs' };

interface Outline {
  lessons: readonly { slug: string; title: string }[];
  cases: readonly { id: string; title: string }[];
}

/**
 * The next step in a module, in the course's order: the first lesson not yet read or with a question
 * not yet answered right, then the first case not yet passed, then the certificate. Without a status
 * (nothing read yet, or progress not known), the first lesson.
 */
export function nextStep(module: Outline, status: ModuleStatus | null): NextStep {
  const first = module.lessons[0];
  const started = status !== null && (status.totals.lessonsRead > 0 || status.totals.casesFinished > 0);
  if (!started && first) return { kind: 'les', slug: first.slug, title: first.title, first: true };
  const lesson = module.lessons.find((l) => {
    const found = status?.lessons.find((s) => s.slug === l.slug);
    return !found || !found.read || found.right < found.questions;
  });
  if (lesson) return { kind: 'les', slug: lesson.slug, title: lesson.title, first: lesson === first };
  const open = module.cases.find((c) => status?.remaining.cases.includes(c.id) ?? true);
  if (open) return { kind: 'casus', id: open.id, title: open.title };
  return { kind: 'bewijs' };
}
