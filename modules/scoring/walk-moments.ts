import type { CriticalCategory } from '../case/critical-category.ts';
import { judge } from './judge.ts';
import type { TableVerdictScore, VerifyTable } from './verify-table.ts';

export type Walked =
  | { ok: true; score: TableVerdictScore }
  | { ok: false; /** The index of the refused choice in the log. */ refused: number; choice: string };

/**
 * Walks choice positions that fit the table's nodes through its moments, scoring first choices, and
 * gives the judge's verdict (judge.ts), or where the stappenplan refuses a choice. Kept apart from
 * the messages (nl.ts), so the pages that show progress load only this.
 */
export function walkMoments({ nodes, states, max, pass }: VerifyTable, positions: readonly number[]): Walked {
  let state = 0;
  let total = 0;
  const critical: CriticalCategory[] = [];
  for (const [index, position] of positions.entries()) {
    const row = states[state]!;
    const to = row[2 + position]!;
    const choice = nodes[row[0]!]!.choices![position]!;
    if (to < 0) return { ok: false, refused: index, choice: choice.id };
    if (row[1] === 0) {
      total += choice.points;
      if (choice.miss) critical.push(choice.miss);
    }
    state = to;
  }
  const ending = nodes[states[state]![0]!]!;
  return {
    ok: true,
    score: judge({ total, max, pass, complete: ending.end === true, bad: ending.bad === true, critical }),
  };
}
