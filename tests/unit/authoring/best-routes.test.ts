import { describe, expect, it } from 'vitest';
import { bestRoutes } from '../../../modules/authoring/best-routes.ts';
import { buildCaseGraph } from '../../../modules/authoring/case-graph.ts';
import { checkCasePaths, STATE_LIMIT } from '../../../modules/authoring/check-case-paths.ts';
import { caseSchema } from '../../../modules/case/case.schema.ts';
import { compileCase } from '../../../modules/case/compile-case.ts';

/** A case of `n` story nodes whose wrong choices move forward too: 2^n routes, which listing cannot check. */
function forwardCase(n: number) {
  const choice = (id: string, verdict: string, score: number, next: string, action?: string) => ({
    id,
    label: `Ik kies ${id}.`,
    verdict,
    score,
    feedback: 'Terugkoppeling.',
    rationale: 'Uitleg.',
    next,
    ...(action ? { action } : {}),
  });
  const story = Array.from({ length: n }, (_, i) => ({
    id: `moment-${i}`,
    phase: 'stap-1',
    situation: `Moment ${i}.`,
    question: 'Wat doe je?',
    choices: [choice('goed', 'goed', 2, `moment-${i + 1}`), choice('fout', 'fout', 0, `moment-${i + 1}`)],
  }));
  story.at(-1)!.choices.forEach((c) => (c.next = 'signalen'));
  const step = (id: string, phase: string, action: string, next: string) => ({
    id,
    phase,
    situation: id,
    question: 'Wat doe je?',
    choices: [choice('goed', 'goed', 2, next, action), choice('fout', 'fout', 0, id)],
  });
  const def = caseSchema.parse({
    id: 'vooruit',
    version: 1,
    title: 'Vooruit',
    beroepsgroep: 'artsen',
    client: 'kind',
    summary: 'Test.',
    goals: ['Test.'],
    minutes: 5,
    start: 'moment-0',
    nodes: [
      ...story,
      step('signalen', 'stap-1', 'signalen-vastleggen', 'overleg'),
      step('overleg', 'stap-2', 'overleg-collega', 'gesprek'),
      step('gesprek', 'stap-3', 'gesprek-voeren', 'afweging'),
      step('afweging', 'afweging-1', 'afweging-1-nee', 'einde'),
      { id: 'einde', phase: 'afweging-1', situation: 'Einde.', end: true },
    ],
  });
  return compileCase(def, { sector: 'gezondheidszorg', passPercentage: 70, file: 'vooruit.yaml' });
}

describe('path checks by dynamic programming', () => {
  it('check a 40-node case whose wrong choices move forward (2^40 routes) without listing them', () => {
    const compiled = forwardCase(40);
    expect(checkCasePaths(compiled, 'vooruit.yaml')).toEqual([]);
    const graph = buildCaseGraph(compiled, STATE_LIMIT)!;
    const { best, routes } = bestRoutes(compiled.def, graph);
    const end = [...graph.states.values()].find((state) => state.snapshot.status === 'done')!;
    expect(best.get(end.key)).toBe(40 * 2 + 8);
    expect(routes.get(end.key)).toBe(2 ** 40);
  });
});
