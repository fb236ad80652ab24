import type { CaseDef } from '../case/case.schema.ts';
import { routeTarget } from '../case/consequences.ts';
import type { CaseGraph } from './case-graph.ts';

/** For every state: the most points a route can have on arriving there, that route, and how many routes arrive. */
export interface BestRoutes {
  best: Map<string, number>;
  /** Number of routes to each state, not counting retries at the same node. */
  routes: Map<string, number>;
  routeTo(key: string): { node: string; choice: string }[];
}

/** Nodes in an order where every choice leads to the same node or a later one (the case is checked to allow it). */
function nodeOrder(def: CaseDef): Map<string, number> {
  const order: string[] = [];
  const seen = new Set<string>();
  const byId = new Map(def.nodes.map((node) => [node.id, node]));
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const choice of byId.get(id)?.choices ?? []) {
      const next = routeTarget(def, choice.next);
      if (next !== id) visit(next);
    }
    order.push(id);
  };
  visit(def.start);
  return new Map(order.reverse().map((id, i) => [id, i]));
}

/**
 * Dynamic programming over the state graph: states are taken node by node in route order, so each
 * is settled once; retries at one node earn nothing and are relaxed until nothing improves.
 * Polynomial in the number of states, where listing every route is exponential.
 */
export function bestRoutes(def: CaseDef, graph: CaseGraph): BestRoutes {
  const rank = nodeOrder(def);
  const keys = [...graph.states.keys()].sort((a, b) => {
    const sa = graph.states.get(a)!;
    const sb = graph.states.get(b)!;
    return rank.get(sa.node)! - rank.get(sb.node)! || Number(sa.tried) - Number(sb.tried);
  });
  const best = new Map<string, number>([[graph.start, 0]]);
  const parent = new Map<string, { from: string; node: string; choice: string }>();
  const routes = new Map<string, number>([[graph.start, 1]]);
  const relax = (key: string): string[] => {
    const state = graph.states.get(key)!;
    const here = best.get(key)!;
    const improved: string[] = [];
    for (const edge of state.edges) {
      if (here + edge.points > (best.get(edge.to) ?? -Infinity)) {
        best.set(edge.to, here + edge.points);
        parent.set(edge.to, { from: key, node: state.node, choice: edge.choice });
        if (graph.states.get(edge.to)!.node === state.node) improved.push(edge.to);
      }
    }
    return improved;
  };
  for (const key of keys) {
    if (!best.has(key)) continue;
    const state = graph.states.get(key)!;
    // Retries stay at the node: a worklist settles them before any later node is taken.
    const work = [key];
    while (work.length > 0) work.push(...relax(work.pop()!));
    for (const edge of state.edges) {
      if (graph.states.get(edge.to)!.node === state.node) continue;
      routes.set(edge.to, (routes.get(edge.to) ?? 0) + (routes.get(key) ?? 0));
    }
  }
  const routeTo = (key: string) => {
    const route = [];
    const seen = new Set<string>();
    for (let step = parent.get(key); step && !seen.has(step.from); step = parent.get(step.from)) {
      seen.add(step.from);
      route.unshift({ node: step.node, choice: step.choice });
    }
    return route;
  };
  return { best, routes, routeTo };
}
