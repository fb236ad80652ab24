import type { TableVerdictScore, VerifyTable } from './verify-table.ts';
import { walkMoments } from './walk-moments.ts';

/**
 * Scores a decision log as the progress record keeps it (node and choice ids) with the case's verify
 * table, as scoreAttempt would, for the pages that show a learner's progress without the case
 * machine; `null` for a log that does not fit the case or that the stappenplan refuses. Never throws.
 */
export function scoreSteps(
  table: VerifyTable,
  steps: readonly { node: string; choice: string }[],
): TableVerdictScore | null {
  const { nodes, states } = table;
  let node = states[0]![0]!;
  const positions: number[] = [];
  for (const step of steps) {
    const at = nodes[node]!;
    const position = at.id === step.node ? (at.choices?.findIndex((c) => c.id === step.choice) ?? -1) : -1;
    if (position < 0) return null;
    positions.push(position);
    node = at.choices![position]!.next;
  }
  const walked = walkMoments(table, positions);
  return walked.ok ? walked.score : null;
}
