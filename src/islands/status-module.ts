import type { StatusModule } from '../../modules/progress/module-status.ts';
import { scoreSteps } from '../../modules/scoring/score-steps.ts';
import type { ModuleData } from '../lib/module-data.ts';

/** A module's status input from its page data: cases are scored with their verify tables, not the case machine. */
export function statusModule(data: ModuleData): StatusModule {
  return {
    id: data.id,
    lessons: data.lessons.map(({ slug, questions }) => ({ slug, questions })),
    cases: data.cases.map(({ table }) => ({
      id: table.id,
      version: table.version,
      hash: table.hash,
      score: (events) => scoreSteps(table, events),
    })),
  };
}
