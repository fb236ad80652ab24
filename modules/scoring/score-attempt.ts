import type { CompiledCase } from '../case/compile-case.ts';
import { criticalChoices } from '../case/critical-choices.ts';
import type { CriticalCategory } from '../case/critical-category.ts';
import type { Verdict } from '../case/case.schema.ts';
import { expertPath, type LogStep } from '../case/expert-path.ts';
import { phaseIds, type Phase } from '../stappenplan/phases.ts';
import { judge, type Judged } from './judge.ts';
import { replayAttempt } from './replay-attempt.ts';
import { routeTarget } from '../case/consequences.ts';

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
  /** By the points: all of them is goed, half or more is deels-goed, less is fout. */
  verdict: Verdict;
}

/** A dangerous first choice (critical-choices.ts): it fails the attempt whatever the points. */
export interface CriticalMiss {
  node: string;
  phase: Phase;
  choice: string;
  category: CriticalCategory;
}

/** The judge's verdict (judge.ts) with the detail per phase and decision; `critical` lists the dangerous first choices (critical-choices.ts). */
export interface Score extends Judged<CriticalMiss> {
  phases: PhaseResult[];
  decisions: Decision[];
}

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
export function scoreAttempt(compiled: CompiledCase, events: readonly LogStep[]): Score {
  const end = replayAttempt(compiled, events);
  const complete = end.status === 'done';
  const bad = complete && endsBadly(compiled, events);
  const decisions = pointsPerNode(compiled, events);
  const max = maxScore(compiled);
  const total = decisions.reduce((sum, d) => sum + d.score, 0);
  const critical = criticalMisses(compiled, decisions);
  return {
    ...judge({ total, max, pass: compiled.passPercentage, complete, bad, critical }),
    phases: phaseResults(compiled, decisions),
    decisions,
  };
}

/** Whether a log ends at a bad ending (outcome: slecht): where its last choice lands. */
export function endsBadly(compiled: CompiledCase, events: readonly LogStep[]): boolean {
  const last = events.at(-1);
  if (!last) return compiled.nodes.get(compiled.def.start)?.outcome === 'slecht';
  const choice = compiled.nodes.get(last.node)?.choices?.find((c) => c.id === last.choice);
  return !!choice && compiled.nodes.get(routeTarget(compiled.def, choice.next))?.outcome === 'slecht';
}

function pointsPerNode(compiled: CompiledCase, events: readonly LogStep[]): Decision[] {
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

function criticalMisses(compiled: CompiledCase, decisions: Decision[]): CriticalMiss[] {
  return decisions.flatMap(({ node, phase, choice, firstTry }) => {
    const category = firstTry && criticalChoices(compiled.nodes.get(node)!).get(choice);
    return category ? [{ node, phase, choice, category }] : [];
  });
}

function phaseResults(compiled: CompiledCase, decisions: Decision[]): PhaseResult[] {
  const firstTries = decisions.filter((d) => d.firstTry);
  return phaseIds.flatMap((phase) => {
    const inPhase = firstTries.filter((d) => d.phase === phase);
    if (inPhase.length === 0) return [];
    const max = inPhase.reduce(
      (sum, d) => sum + Math.max(...compiled.nodes.get(d.node)!.choices!.map((c) => c.score)),
      0,
    );
    const score = inPhase.reduce((sum, d) => sum + d.score, 0);
    const verdict: Verdict = score >= max ? 'goed' : score * 2 >= max ? 'deels-goed' : 'fout';
    return [{ phase, score, max, verdict }];
  });
}
