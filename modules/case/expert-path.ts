import type { CompiledCase } from './compile-case.ts';
import { routeTarget } from './consequences.ts';

/** One decision in a log: at this node, this choice. */
export interface LogStep {
  node: string;
  choice: string;
}

/**
 * The expert route: from the start, always the `goed` choice, until an ending.
 * Returns the decisions, or `null` when that route never reaches an ending.
 */
export function expertPath(compiled: CompiledCase): LogStep[] | null {
  const steps: LogStep[] = [];
  const seen = new Set<string>();
  let nodeId = compiled.def.start;
  for (;;) {
    const node = compiled.nodes.get(nodeId);
    if (!node) return null;
    if (node.end) return steps;
    if (seen.has(nodeId)) return null;
    seen.add(nodeId);
    const best = (node.choices ?? []).find((choice) => choice.verdict === 'goed');
    if (!best) return null;
    steps.push({ node: node.id, choice: best.id });
    nodeId = routeTarget(compiled.def, best.next);
  }
}
