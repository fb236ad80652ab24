import type { CaseAction } from '../../modules/case/case-action.ts';
import { caseSchema, type CaseDef, type CaseInput, type Phase } from '../../modules/case/case.schema.ts';
import { checkCasePaths } from '../../modules/authoring/check-case-paths.ts';
import { compileCase, type CompiledCase } from '../../modules/case/compile-case.ts';
import { formatIssue } from '../../modules/case/case-issue.ts';
import { median, type BenchSection } from './bench-section.ts';
import { replaysPerSecond } from './engine.ts';

const SIZES = [10, 40, 160];
const ROUNDS = 5;

type NodeInput = CaseInput['nodes'][number];

/** One story node as authors write them: goed moves on, deels-goed and fout return to the same node. */
function storyNode(id: string, phase: Phase, next: string, action?: CaseAction): NodeInput {
  const choice = (verdict: 'goed' | 'deels-goed' | 'fout', score: number, to: string) => ({
    id: verdict,
    label: `Keuze ${verdict}`,
    verdict,
    score,
    feedback: 'Feedback.',
    rationale: 'Onderbouwing.',
    ...(verdict === 'goed' && action ? { action } : {}),
    next: to,
  });
  return {
    id,
    phase,
    situation: `Situatie ${id}.`,
    question: 'Wat doe je?',
    choices: [choice('goed', 2, next), choice('deels-goed', 1, id), choice('fout', 0, id)],
  };
}

/**
 * A synthetic case with `storyNodes` nodes with choices (at least 4) and one ending: signalen
 * vastleggen, storyNodes − 4 nodes without an action, overleg, gesprek and afweging 1 nee.
 */
export function syntheticCase(storyNodes: number): CaseDef {
  if (storyNodes < 4) throw new Error('a synthetic case needs at least 4 story nodes');
  const ids = Array.from({ length: storyNodes }, (_, i) => `node-${i + 1}`);
  const next = (i: number) => ids[i + 1] ?? 'einde';
  const plain = storyNodes - 4;
  const nodes: NodeInput[] = [
    storyNode(ids[0]!, 'stap-1', next(0), 'signalen-vastleggen'),
    ...Array.from({ length: plain }, (_, i) => storyNode(ids[i + 1]!, 'stap-1', next(i + 1))),
    storyNode(ids[plain + 1]!, 'stap-2', next(plain + 1), 'overleg-collega'),
    storyNode(ids[plain + 2]!, 'stap-3', next(plain + 2), 'gesprek-voeren'),
    storyNode(ids[plain + 3]!, 'afweging-1', next(plain + 3), 'afweging-1-nee'),
    { id: 'einde', phase: 'afweging-1', situation: 'De meldcode is afgesloten.', end: true },
  ];
  return caseSchema.parse({
    id: `synthetisch-${storyNodes}`,
    version: 1,
    title: `Synthetische casus met ${storyNodes} knopen`,
    beroepsgroep: 'onderwijs',
    client: 'kind',
    verdachte: 'huiselijke-kring',
    summary: 'Gegenereerd voor de benchmark.',
    goals: ['Meten hoe de padcontrole groeit.'],
    minutes: 10,
    start: ids[0],
    nodes,
  } satisfies CaseInput);
}

/** Compiles a synthetic case for the onderwijs sector. */
export function compileSynthetic(storyNodes: number): CompiledCase {
  return compileCase(syntheticCase(storyNodes), {
    sector: 'onderwijs',
    passPercentage: 70,
    file: 'synthetic',
  });
}

/** Time of `checkCasePaths` and replays of the expert route per second, on synthetic cases of growing size. */
export const engineGrowth: BenchSection = {
  name: 'path checks vs case size',
  run() {
    return SIZES.map((n) => {
      const compiled = compileSynthetic(n);
      const issues = checkCasePaths(compiled, 'synthetic');
      if (issues.length > 0)
        throw new Error(`the synthetic case generator is wrong:\n${issues.map(formatIssue).join('\n')}`);
      const checkMs = median(
        Array.from({ length: ROUNDS }, () => {
          const start = performance.now();
          checkCasePaths(compiled, 'synthetic');
          return performance.now() - start;
        }),
      );
      const replays = replaysPerSecond(compiled);
      return {
        N: n,
        nodes: compiled.def.nodes.length,
        'path check ms (median)': Number(checkMs.toFixed(1)),
        'replays/s (median)': Math.round(replays),
      };
    });
  },
};
