import type { AttemptEvent } from '../scoring/attempt.ts';
import type { CompiledCase } from './compile-case.ts';

/**
 * The expert route: from the start, always the highest-scoring `goed` choice, until an ending.
 * Returns the decisions, or `null` when that route never reaches an ending.
 */
export function expertPath(compiled: CompiledCase): AttemptEvent[] | null {
  const events: AttemptEvent[] = [];
  const seen = new Set<string>();
  let nodeId = compiled.def.start;
  for (;;) {
    const node = compiled.nodes.get(nodeId);
    if (!node) return null;
    if (node.end) return events;
    if (seen.has(nodeId)) return null;
    seen.add(nodeId);
    const best = (node.choices ?? [])
      .filter((choice) => choice.verdict === 'goed')
      .reduce<(typeof node.choices & object)[number] | undefined>(
        (top, choice) => (!top || choice.score > top.score ? choice : top),
        undefined,
      );
    if (!best) return null;
    events.push({ node: node.id, choice: best.id });
    nodeId = best.next;
  }
}
