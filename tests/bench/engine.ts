import { buildCaseGraph } from '../../modules/authoring/case-graph.ts';
import { checkCasePaths, STATE_LIMIT } from '../../modules/authoring/check-case-paths.ts';
import { compileCase, type CompiledCase } from '../../modules/case/compile-case.ts';
import { expertPath } from '../../modules/case/expert-path.ts';
import { loadContent } from '../../modules/authoring/load-content.ts';
import { scoreAttempt } from '../../modules/scoring/score-attempt.ts';
import { median } from './bench-section.ts';

const ROUNDS = 5;

/** Replays of the expert route per second: how fast a certificate or a resumed attempt is checked. */
export function replaysPerSecond(compiled: CompiledCase): number {
  const events = expertPath(compiled)!;
  for (let i = 0; i < 200; i++) scoreAttempt(compiled, events); // warm up the JIT before measuring
  return median(
    Array.from({ length: ROUNDS }, () => {
      let count = 0;
      const start = performance.now();
      while (performance.now() - start < 200) {
        scoreAttempt(compiled, events);
        count++;
      }
      return count / ((performance.now() - start) / 1000);
    }),
  );
}

/** Milliseconds to compile a case and check all its routes, as the build and lint:content do. */
function pathCheckMs(compiled: CompiledCase, file: string): number {
  const options = { sector: compiled.input.sector, passPercentage: compiled.passPercentage, file };
  return median(
    Array.from({ length: ROUNDS }, () => {
      const start = performance.now();
      checkCasePaths(compileCase(compiled.def, options), file);
      return performance.now() - start;
    }),
  );
}

/** The engine's figures per case: size, reachable states, path-check time and replay throughput. */
export function engineRows(root: string) {
  const { cases } = loadContent(root);
  return cases.map(({ file, compiled }) => {
    return {
      case: compiled.def.id,
      nodes: compiled.def.nodes.length,
      states: buildCaseGraph(compiled, STATE_LIMIT)?.states.size ?? `> ${STATE_LIMIT}`,
      'path check ms (median)': Number(pathCheckMs(compiled, file).toFixed(1)),
      'replays/s (median)': Math.round(replaysPerSecond(compiled)),
    };
  });
}
