import { describe, expect, it } from 'vitest';
import { buildCaseGraph, routeTo } from '../../../modules/authoring/case-graph.ts';
import { bestRoutes } from '../../../modules/authoring/best-routes.ts';
import { STATE_LIMIT } from '../../../modules/authoring/check-case-paths.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import type { LogStep } from '../../../modules/case/expert-path.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { scoreSteps } from '../../../modules/scoring/score-steps.ts';
import type { VerifyTable } from '../../../modules/scoring/verify-table.ts';
import { expertEvents, fixtureCase, realCases } from './helpers.ts';

// Pages that show a learner's progress score the logs of the progress record (node and choice ids)
// with the case table instead of the case machine. These tests show that the table scores every log
// the case run can produce exactly as scoreAttempt does. A log the case run can
// produce is a walk through the case's state graph (case-graph.ts: node, first choice made or not,
// stappenplan), so:
// 1. every state is checked, reached by its first route, and every choice the case run allows there
//    (first tries and retries, moving on or staying) is checked on top of that route;
// 2. both scorers add up the same per-decision terms: points and a critical miss depend only on the
//    node, the choice and whether it is the first try at the node, and "complete" only on the node
//    reached. Since 1 checks every such term in every state where it can occur, every walk agrees,
//    also the ones that are too many to list (the real cases allow about 2 × 10^8 logs);
// 3. for good measure, every route without retries to every ending, and many random walks with
//    retries, are scored both ways in full.

const pick = ({ phases: _p, decisions: _d, critical, ...score }: ReturnType<typeof scoreAttempt>) => ({
  ...score,
  critical: critical.map((miss) => miss.category),
});

function agree(compiled: CompiledCase, table: VerifyTable, events: LogStep[]) {
  expect(scoreSteps(table, events), `${compiled.def.id}: ${JSON.stringify(events)}`).toEqual(
    pick(scoreAttempt(compiled, events)),
  );
}

const cases = realCases().map((compiled) => ({
  compiled,
  table: makeVerifyTable(compiled, `sha256:${'0'.repeat(64)}`),
}));

/** Choices the case run offers in a state: those the stappenplan allows, not tried yet on this visit. */
function openEdges(graph: ReturnType<typeof buildCaseGraph> & object, key: string, tried: readonly string[]) {
  return graph.states.get(key)!.edges.filter((edge) => !tried.includes(edge.choice));
}

describe('the case table of every real case scores as scoreAttempt does', { timeout: 60_000 }, () => {
  it('in every state of the case graph, for every choice the case run allows there', () => {
    let checked = 0;
    for (const { compiled, table } of cases) {
      const graph = buildCaseGraph(compiled, STATE_LIMIT)!;
      for (const [key, state] of graph.states) {
        const route = routeTo(graph, key);
        agree(compiled, table, route);
        for (const edge of state.edges) {
          agree(compiled, table, [...route, { node: state.node, choice: edge.choice }]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('on every route without retries to every ending', () => {
    let routes = 0;
    for (const { compiled, table } of cases) {
      const graph = buildCaseGraph(compiled, STATE_LIMIT)!;
      const expected = bestRoutes(compiled.def, graph);
      const walk = (key: string, log: LogStep[]) => {
        const state = graph.states.get(key)!;
        if (state.edges.length === 0) {
          agree(compiled, table, log);
          routes++;
          return;
        }
        for (const edge of state.edges)
          if (graph.states.get(edge.to)!.node !== state.node)
            walk(edge.to, [...log, { node: state.node, choice: edge.choice }]);
      };
      walk(graph.start, []);
      const endings = [...graph.states.values()].filter((state) => state.edges.length === 0);
      expect(routes).toBeGreaterThanOrEqual(
        endings.reduce((n, s) => n + (expected.routes.get(s.key) ?? 0), 0),
      );
    }
  });

  it('on random walks with retries, as a learner plays them', () => {
    let seed = 2026;
    const next = () => ((seed = (seed * 1664525 + 1013904223) >>> 0), seed / 2 ** 32);
    for (const { compiled, table } of cases) {
      const graph = buildCaseGraph(compiled, STATE_LIMIT)!;
      for (let walk = 0; walk < 40; walk++) {
        const log: LogStep[] = [];
        let key = graph.start;
        let tried: string[] = [];
        for (;;) {
          const open = openEdges(graph, key, tried);
          if (open.length === 0) break;
          const edge = open[Math.floor(next() * open.length)]!;
          const node = graph.states.get(key)!.node;
          log.push({ node, choice: edge.choice });
          tried = graph.states.get(edge.to)!.node === node ? [...tried, edge.choice] : [];
          key = edge.to;
        }
        agree(compiled, table, log);
      }
    }
  });
});

describe('scoreSteps', () => {
  const compiled = fixtureCase();
  const table = makeVerifyTable(compiled, `sha256:${'1'.repeat(64)}`);

  it('gives the expert route full marks and a pass', () => {
    expect(scoreSteps(table, expertEvents)).toEqual({
      total: 8,
      max: 8,
      percentage: 100,
      passed: true,
      complete: true,
      critical: [],
    });
  });

  it('says a log does not fit the case: another node, an unknown choice, a step after the ending', () => {
    expect(scoreSteps(table, [{ node: 'overleg', choice: 'collega' }])).toBeNull();
    expect(scoreSteps(table, [{ node: 'signalen', choice: 'bestaat-niet' }])).toBeNull();
    expect(scoreSteps(table, [...expertEvents, { node: 'afweging-1', choice: 'nee' }])).toBeNull();
  });

  it('refuses a choice the stappenplan refuses at that moment (content never has one; a table can)', () => {
    const refusing: VerifyTable = {
      ...table,
      nodes: [
        {
          id: 'start',
          choices: [
            { id: 'melden', points: 2, next: 1 },
            { id: 'wachten', points: 0, next: 1 },
          ],
        },
        { id: 'einde', end: true },
      ],
      states: [
        [0, 0, -1, 1],
        [1, 0],
      ],
    };
    expect(scoreSteps(refusing, [{ node: 'start', choice: 'melden' }])).toBeNull();
    expect(scoreSteps(refusing, [{ node: 'start', choice: 'wachten' }])).toMatchObject({
      complete: true,
      total: 0,
    });
  });

  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });
});
