import { initialTransition, transition } from 'xstate';
import { actionEvent, caseActions } from '../case/case-action.ts';
import type { CaseSnapshot, CompiledCase } from '../case/compile-case.ts';
import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';

/** One moment of a case: the node, whether its first (scored) choice was made, and the stappenplan. */
export interface GraphState {
  key: string;
  snapshot: CaseSnapshot;
  node: string;
  tried: boolean;
  edges: { choice: string; to: string; points: number }[];
  /** Choices whose action the stappenplan refuses here. */
  refused: { choice: string; event: StappenplanEvent }[];
}

/** A case's state graph, in the order states were found (breadth-first), or null above the limit. */
export interface CaseGraph {
  start: string;
  states: Map<string, GraphState>;
  /** How each state was first reached: for showing authors a route. */
  parents: Map<string, null | { from: string; node: string; choice: string }>;
}

// The stappenplan context is a record of decisions; overleg partners form a set, so their order is not a new state.
function keyOf(snapshot: CaseSnapshot): string {
  const sp = snapshot.context.stappenplan;
  const context = { ...sp.context, overleg: [...sp.context.overleg].sort() };
  const node = String(snapshot.value);
  const tried = snapshot.context.last?.node === node;
  return `${node}|${tried ? 1 : 0}|${JSON.stringify(sp.value)}|${JSON.stringify(context)}`;
}

/** Walks every distinct moment of a case once (linear in moments × choices); null when there are more than `limit`. */
export function buildCaseGraph(compiled: CompiledCase, limit: number): CaseGraph | null {
  const [first] = initialTransition(compiled.machine);
  const start = keyOf(first);
  const states = new Map<string, GraphState>();
  const parents: CaseGraph['parents'] = new Map([[start, null]]);
  const queue: CaseSnapshot[] = [first];
  for (let i = 0; i < queue.length; i++) {
    const snapshot = queue[i];
    const key = keyOf(snapshot);
    const node = String(snapshot.value);
    const tried = snapshot.context.last?.node === node;
    const state: GraphState = { key, snapshot, node, tried, edges: [], refused: [] };
    states.set(key, state);
    if (states.size > limit) return null;
    for (const choice of compiled.nodes.get(node)!.choices ?? []) {
      const event = actionEvent(choice, caseActions);
      if (event && !snapshot.context.stappenplan.can(event)) {
        state.refused.push({ choice: choice.id, event });
        continue;
      }
      const [next] = transition(compiled.machine, snapshot, { type: 'choice.select', choice: choice.id });
      const to = keyOf(next);
      state.edges.push({ choice: choice.id, to, points: tried ? 0 : choice.score });
      if (!parents.has(to)) {
        parents.set(to, { from: key, node, choice: choice.id });
        queue.push(next);
      }
    }
  }
  return { start, states, parents };
}

/** The route by which a state was first reached. */
export function routeTo(graph: CaseGraph, key: string): { node: string; choice: string }[] {
  const route = [];
  for (let step = graph.parents.get(key); step; step = graph.parents.get(step.from))
    route.unshift({ node: step.node, choice: step.choice });
  return route;
}
