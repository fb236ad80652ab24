/**
 * A case version's transitions as a plain table, so a certificate's logs are scored without the case
 * machine (xstate): about a microsecond a log where a replay takes 0.4–1 ms. makeVerifyTable
 * (make-verify-table.ts) walks every moment of the compiled case once; tests/unit/scoring/
 * verify-table.test.ts shows, for every archived case version and many logs (expert routes, every
 * moment, random walks, broken logs), that scoreByVerifyTable gives exactly what decodeLog plus
 * scoreAttempt give, messages included. Example:
 *
 * {
 *   "id": "daan-blauwe-plekken", "version": 1, "hash": "sha256:64b4…", "title": "Blauwe plekken bij Daan",
 *   "max": 12, "pass": 70,
 *   "nodes": [
 *     { "id": "eerste-signalen", "choices": [
 *       { "id": "feiten-noteren", "points": 2, "next": 1 },
 *       { "id": "niets-doen", "points": 0, "next": 0, "miss": "niet-melden" } ] },
 *     { "id": "einde", "end": true }
 *   ],
 *   "states": [[0, 0, 1, 2], [1, 0], [0, 1, 1, -1]]
 * }
 *
 * `nodes` are the case's nodes with their choices in written order (a log's positions); `next` is a
 * node index. `states` are the moments of the case (node, first choice made or not, stappenplan) as
 * `[node index, tried 0|1, target per choice position…]`, where a target is a moment index or -1 when
 * the stappenplan refuses that choice there. Moment 0 is the start. `miss` marks a choice that,
 * taken first, is a critical miss, with its category (case/critical-choices.ts); `pass` is the pass
 * mark in percent. Tables are made from the archived case versions (never stored), so a version
 * archived before authors could mark choices keeps its misses: those the engine derives.
 */
import type { CriticalCategory } from '../case/critical-category.ts';
import { fill } from '../strings/fill.ts';
import { replayText } from '../strings/nl-replay.ts';
import type { Judged } from './judge.ts';
import { walkMoments } from './walk-moments.ts';
import { LOG_FINISHED, misfit, noChoiceAt, readLogPositions } from './log-codec.ts';

export interface VerifyTable {
  id: string;
  version: number;
  hash: string;
  title: string;
  max: number;
  pass: number;
  nodes: VerifyTableNode[];
  states: number[][];
}

export interface VerifyTableNode {
  id: string;
  end?: true;
  /** A bad ending (outcome: slecht): the attempt does not pass there. */
  bad?: true;
  choices?: { id: string; points: number; next: number; miss?: CriticalCategory }[];
}

/** The judge's verdict (judge.ts): scoreAttempt's figures without the per-step detail. */
export type TableVerdictScore = Judged<CriticalCategory>;

export type TableScored = { ok: true; score: TableVerdictScore } | { ok: false; message: string };

/**
 * Scores a compact log (log-codec.ts) with the table, as decodeLog and scoreAttempt would: first the
 * log is read against the nodes (a misfit there is decodeLog's message), then walked through the
 * moments (a refused choice is replayAttempt's message). Never throws.
 */
export function scoreByVerifyTable(table: VerifyTable, log: string): TableScored {
  const read = readLogPositions(log);
  if (!read.ok) return { ok: false, message: read.message };
  const { positions } = read.value;
  const { nodes, states } = table;
  let node = states[0]![0]!;
  for (const [index, position] of positions.entries()) {
    const at = nodes[node]!;
    const choice = at.end ? undefined : at.choices?.[position];
    if (!choice)
      return {
        ok: false,
        message: misfit(index, at.end ? LOG_FINISHED : noChoiceAt(at.id, position)).message,
      };
    node = choice.next;
  }
  const walked = walkMoments(table, positions);
  if (walked.ok) return walked;
  return {
    ok: false,
    message: fill(replayText.mismatch, {
      index: walked.refused + 1,
      reason: fill(replayText.notPossible, { choice: walked.choice }),
    }),
  };
}
