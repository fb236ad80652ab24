import type { CompiledCase } from '../case/compile-case.ts';
import { criticalChoices } from '../case/critical-choices.ts';
import { routeTarget } from '../case/consequences.ts';
import { maxScore } from './score-attempt.ts';
import type { ScoreTable } from './score-table.ts';

/** The score table of a compiled case (see score-table.ts); `hash` is the case's hash as attempts record it. */
export function makeScoreTable(compiled: CompiledCase, hash: string): ScoreTable {
  const { def } = compiled;
  return {
    id: def.id,
    version: def.version,
    hash,
    start: def.start,
    max: maxScore(compiled),
    pass: compiled.passPercentage,
    nodes: def.nodes.map((node) => {
      if (node.end)
        return node.outcome === 'slecht' ? { id: node.id, end: true, bad: true } : { id: node.id, end: true };
      // The rule score-attempt.ts applies: a critical choice, taken first, misses in its category.
      const critical = criticalChoices(node);
      return {
        id: node.id,
        choices: (node.choices ?? []).map((choice) => {
          const miss = critical.get(choice.id);
          return {
            id: choice.id,
            points: choice.score,
            next: routeTarget(def, choice.next),
            ...(miss && { miss }),
          };
        }),
      };
    }),
  };
}
