/**
 * A case's scoring as a small table, for pages that show scores without loading the case machine
 * (xstate and the whole case text): the module page and "Mijn voortgang". Made at build time by
 * makeScoreTable (make-score-table.ts); tests/unit/scoring/score-table.test.ts shows, over every
 * moment of every real case, that scoreByTable gives what scoreAttempt gives. Example:
 *
 * {
 *   "id": "daan-blauwe-plekken", "version": 1, "hash": "sha256:9f2c…",
 *   "start": "eerste-signalen", "max": 12, "pass": 70,
 *   "nodes": [
 *     { "id": "eerste-signalen", "choices": [
 *       { "id": "feiten-noteren", "points": 2, "next": "overleg" },
 *       { "id": "niets-doen", "points": 0, "next": "eerste-signalen", "miss": "niet-melden" } ] },
 *     { "id": "einde", "end": true }
 *   ]
 * }
 *
 * `miss` marks a choice that, taken first, is a critical miss, with its category
 * (case/critical-choices.ts, as score-attempt.ts applies it); `pass` is the case's
 * effective pass mark in percent. The table cannot see the stappenplan, so it would also score a
 * hand-edited log that the machine refuses; it is for showing a learner their own progress, never
 * for verifying a certificate (that uses the verify table, verify-table.ts).
 */
import type { CriticalCategory } from '../case/critical-category.ts';

export interface ScoreTable {
  id: string;
  version: number;
  hash: string;
  start: string;
  max: number;
  pass: number;
  nodes: ScoreTableNode[];
}

export interface ScoreTableNode {
  id: string;
  end?: true;
  /** A bad ending (outcome: slecht): the attempt does not pass there. */
  bad?: true;
  choices?: { id: string; points: number; next: string; miss?: CriticalCategory }[];
}

/** What the status of a case needs of a score: scoreAttempt's figures without the per-step detail. */
export interface TableScore {
  total: number;
  max: number;
  percentage: number;
  passed: boolean;
  complete: boolean;
  /** The categories of the first choices that were critical misses, in order. */
  critical: CriticalCategory[];
}

/** Scores a decision log with the table, as scoreAttempt would; `null` for a log that does not fit the case. */
export function scoreByTable(
  table: ScoreTable,
  events: readonly { node: string; choice: string }[],
): TableScore | null {
  const nodes = new Map(table.nodes.map((node) => [node.id, node]));
  const answered = new Set<string>();
  let at = nodes.get(table.start);
  let total = 0;
  const critical: CriticalCategory[] = [];
  for (const event of events) {
    if (!at || at.end || at.id !== event.node) return null;
    const choice = at.choices?.find((c) => c.id === event.choice);
    if (!choice) return null;
    if (!answered.has(at.id)) {
      total += choice.points;
      if (choice.miss) critical.push(choice.miss);
    }
    answered.add(at.id);
    at = nodes.get(choice.next);
  }
  const complete = at?.end === true;
  const { max, pass } = table;
  return {
    total,
    max,
    percentage: max === 0 ? 0 : Math.round((total / max) * 100),
    passed: complete && at?.bad !== true && critical.length === 0 && total * 100 >= pass * max,
    complete,
    critical,
  };
}
