import type { CompiledCase } from '../case/compile-case.ts';
import type { Question } from '../lesson/knowledge-check.schema.ts';
import type { LoadedContent } from './load-content.ts';

/**
 * What the surface measurements (measure-surface-strategies.ts, surface-cues.ts) read of one module:
 * its cases, compiled as the player gets them, and the questions of its knowledge checks in course
 * order. Nothing else: the measurements look only at what a learner sees and what the judge scores.
 */
export interface SurfaceModule {
  /** The beroepsgroep id. */
  id: string;
  cases: readonly CompiledCase[];
  questions: readonly Question[];
}

/** Every module of the loaded content (content/beroepsgroepen order) as the surface measurements read it. */
export function surfaceModules(content: Pick<LoadedContent, 'beroepsgroepen' | 'cases' | 'lessons'>) {
  return content.beroepsgroepen.map(({ id }): SurfaceModule => ({
    id,
    cases: content.cases.filter(({ compiled }) => compiled.def.beroepsgroep === id).map((c) => c.compiled),
    questions: content.lessons
      .filter((lesson) => lesson.beroepsgroep === id)
      .flatMap(({ lesson }) => lesson.questions),
  }));
}
