import type { CompiledCase } from '../case/compile-case.ts';
import { decodeLog } from '../scoring/log-codec.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { TableScored } from '../scoring/verify-table.ts';

/**
 * A certificate's log scored by replaying it on the case machine: decodeLog, then scoreAttempt, whose
 * ReplayError (a choice the stappenplan refuses) becomes the message. The reference the verify table
 * is tested against (tests/unit/scoring/verify-table.test.ts); the bench times it. Never throws.
 */
export function replayScore(compiled: CompiledCase, log: string): TableScored {
  const decoded = decodeLog(compiled.def, log);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  try {
    const {
      phases: _phases,
      decisions: _decisions,
      critical,
      ...score
    } = scoreAttempt(compiled, decoded.value.events);
    return { ok: true, score: { ...score, critical: critical.map((miss) => miss.category) } };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'het logboek past niet.' };
  }
}
