import { criticalActions } from '../case/case-action.ts';
import type { CompiledCase } from '../case/compile-case.ts';
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
      if (node.end) return { id: node.id, end: true };
      // As score-attempt.ts: a first choice other than the expert's misses critically where the expert's action is critical.
      const expert = node.choices?.find((choice) => choice.verdict === 'goed');
      const critical = Boolean(expert?.action && criticalActions[expert.action]);
      return {
        id: node.id,
        choices: (node.choices ?? []).map((choice) => ({
          id: choice.id,
          points: choice.score,
          next: choice.next,
          ...(critical && choice.id !== expert!.id && { miss: true as const }),
        })),
      };
    }),
  };
}
