/**
 * The one judge of a case attempt, used by every scorer (score-attempt.ts on the case machine,
 * verify-table.ts on a case table): the first choice at each moment earns its points; an attempt
 * passes when it reached an ending that is not bad (outcome: slecht), made no critical first choice,
 * and earned at least the pass mark.
 */

/** What a scorer found by walking a log. */
export interface Walked<Miss> {
  /** Points of the first choices. */
  total: number;
  /** What the expert route earns. */
  max: number;
  /** The pass mark, in percent. */
  pass: number;
  /** The log ends at an ending. */
  complete: boolean;
  /** The ending is a bad one (outcome: slecht). */
  bad: boolean;
  /** The critical first choices, in order. */
  critical: Miss[];
}

export interface Judged<Miss> {
  total: number;
  max: number;
  /** 0–100, rounded. */
  percentage: number;
  passed: boolean;
  complete: boolean;
  critical: Miss[];
  /** Present when the attempt ended at a bad ending, which never passes. */
  badEnding?: true;
}

export function judge<Miss>({ total, max, pass, complete, bad, critical }: Walked<Miss>): Judged<Miss> {
  const badEnding = complete && bad;
  return {
    total,
    max,
    percentage: max === 0 ? 0 : Math.round((total / max) * 100),
    passed: complete && !badEnding && critical.length === 0 && total * 100 >= pass * max,
    complete,
    critical,
    ...(badEnding && { badEnding: true as const }),
  };
}
