import type { CompiledCase } from '../case/compile-case.ts';
import type { Phase, Verdict } from '../case/case.schema.ts';
import { expertPath } from '../case/expert-path.ts';
import type { AttemptEvent } from './attempt.ts';
import { replayAttempt } from './replay-attempt.ts';

export interface Decision {
  node: string;
  phase: Phase;
  choice: string;
  verdict: Verdict;
  /** Points earned: only the first choice at a node counts; later tries earn 0. */
  score: number;
  firstTry: boolean;
}

export interface PhaseResult {
  phase: Phase;
  score: number;
  max: number;
  verdict: Verdict;
}

export interface Score {
  total: number;
  max: number;
  percentage: number;
  passed: boolean;
  /** Whether the attempt reached an ending. */
  complete: boolean;
  phases: PhaseResult[];
  decisions: Decision[];
}

const phaseOrder: Phase[] = [
  'stap-1',
  'stap-2',
  'stap-3',
  'stap-4',
  'afweging-1',
  'afweging-2',
  'stap-5',
  'afweging-3',
  'afweging-4',
  'afweging-5',
  'acuut',
  'collega-route',
];

/** The highest score the case allows: what the expert route earns. */
export function maxScore(compiled: CompiledCase): number {
  const path = expertPath(compiled);
  return path ? pointsPerNode(compiled, path).reduce((sum, d) => sum + d.score, 0) : 0;
}

/**
 * Scores an attempt by replaying its decision log: a pure function of the case and the events, so the
 * player, the tests and certificate verification all get the same result. Throws a ReplayError for a
 * log that does not fit the case.
 */
export function scoreAttempt(compiled: CompiledCase, events: readonly AttemptEvent[]): Score {
  const complete = replayAttempt(compiled, events).status === 'done';
  const decisions = pointsPerNode(compiled, events);
  const max = maxScore(compiled);
  const total = decisions.reduce((sum, d) => sum + d.score, 0);
  const percentage = max === 0 ? 0 : Math.round((total / max) * 100);
  return {
    total,
    max,
    percentage,
    passed: complete && total * 100 >= compiled.def.passPercentage * max,
    complete,
    phases: phaseResults(compiled, decisions),
    decisions,
  };
}

function pointsPerNode(compiled: CompiledCase, events: readonly AttemptEvent[]): Decision[] {
  const answered = new Set<string>();
  return events.map(({ node: nodeId, choice: choiceId }) => {
    const node = compiled.nodes.get(nodeId)!;
    const choice = node.choices!.find((c) => c.id === choiceId)!;
    const firstTry = !answered.has(nodeId);
    answered.add(nodeId);
    return {
      node: nodeId,
      phase: node.phase,
      choice: choiceId,
      verdict: choice.verdict,
      score: firstTry ? choice.score : 0,
      firstTry,
    };
  });
}

function phaseResults(compiled: CompiledCase, decisions: Decision[]): PhaseResult[] {
  const firstTries = decisions.filter((d) => d.firstTry);
  return phaseOrder.flatMap((phase) => {
    const inPhase = firstTries.filter((d) => d.phase === phase);
    if (inPhase.length === 0) return [];
    const max = inPhase.reduce(
      (sum, d) => sum + Math.max(...compiled.nodes.get(d.node)!.choices!.map((c) => c.score)),
      0,
    );
    const verdicts = new Set(inPhase.map((d) => d.verdict));
    const verdict: Verdict = verdicts.size === 1 ? [...verdicts][0] : 'deels-goed';
    return [{ phase, score: inPhase.reduce((sum, d) => sum + d.score, 0), max, verdict }];
  });
}
