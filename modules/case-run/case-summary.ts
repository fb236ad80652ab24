import type { CompiledCase } from '../case/compile-case.ts';
import type { Choice } from '../case/case.schema.ts';
import type { CriticalCategory } from '../case/critical-choices.ts';
import { routeTarget } from '../case/consequences.ts';
import type { LogStep } from '../case/expert-path.ts';
import { scoreAttempt, type Score } from '../scoring/score-attempt.ts';
import { phaseInfo, type Phase } from '../stappenplan/phases.ts';
import { nl } from '../strings/nl.ts';

/** One afweging as played: the learner's first answer beside the expert's, and where each leads. */
export interface AfwegingResult {
  afweging: number;
  node: string;
  name: string;
  yours: { label: string; verdict: Choice['verdict']; ledTo: string };
  expert: { label: string; ledTo: string; rationale: string };
  agrees: boolean;
}

/** A dangerous first choice, named: what you chose, why it is dangerous, what the meldcode asks. */
export interface CriticalResult {
  node: string;
  /** The moment: its title, or else its step or afweging. */
  moment: string;
  category: CriticalCategory;
  /** The category's name, e.g. "Geheimhouding beloven". */
  name: string;
  /** The choice as the learner read it. */
  label: string;
  why: string;
  asks: string;
}

/** The result that teaches: per afweging yours and the expert's, the steps as they happened, the verdicts. */
export interface CaseSummary {
  score: Score;
  afwegingen: AfwegingResult[];
  /** What was done in the stappenplan, in the order it happened. */
  steps: { phase: Phase; text: string }[];
  phases: { phase: Phase; name: string; score: number; max: number; verdict: string }[];
  /** The stated acute situation, when the learner acted at once. */
  acuteReason: string | null;
  /** Each dangerous first choice, in the order made: any one fails the attempt. */
  critical: CriticalResult[];
  verdict: string;
}

function ledTo(compiled: CompiledCase, node: string, choice: Choice): string {
  if (choice.action && choice.action in nl.outcome)
    return nl.outcome[choice.action as keyof typeof nl.outcome];
  const target = routeTarget(compiled.def, choice.next);
  if (target === node) return nl.retry;
  const next = compiled.nodes.get(target)!;
  return next.title ?? phaseInfo(next.phase).name;
}

/** Summarises a run (complete or not) from its log; a pure function of the case and the log. */
export function summarizeRun(compiled: CompiledCase, log: readonly LogStep[]): CaseSummary {
  const score = scoreAttempt(compiled, log);
  const afwegingen: AfwegingResult[] = [];
  const steps: CaseSummary['steps'] = [];
  let acuteReason: string | null = null;
  for (const decision of score.decisions) {
    const node = compiled.nodes.get(decision.node)!;
    const choice = node.choices!.find((c) => c.id === decision.choice)!;
    if (choice.action) steps.push({ phase: node.phase, text: nl.action[choice.action] });
    if (choice.acuteReason) acuteReason = nl.acuteReason[choice.acuteReason];
    const { afweging, name } = phaseInfo(node.phase);
    if (afweging === null || !decision.firstTry) continue;
    const expert = node.choices!.find((c) => c.verdict === 'goed')!;
    afwegingen.push({
      afweging,
      node: node.id,
      name,
      yours: { label: choice.label, verdict: choice.verdict, ledTo: ledTo(compiled, node.id, choice) },
      expert: { label: expert.label, ledTo: ledTo(compiled, node.id, expert), rationale: expert.rationale },
      agrees: choice.id === expert.id,
    });
  }
  const ending = score.complete ? endOf(compiled, log) : undefined;
  const verdict =
    score.critical.length > 0
      ? nl.result.criticalFailed
      : ending?.outcome === 'slecht'
        ? nl.result.badEnding
        : score.passed
          ? nl.result.passed
          : nl.result.failed;
  return {
    score,
    afwegingen,
    steps,
    phases: score.phases.map((p) => ({
      ...p,
      name: phaseInfo(p.phase).name,
      verdict: nl.phaseVerdict[p.verdict],
    })),
    acuteReason,
    critical: score.critical.map((miss) => {
      const node = compiled.nodes.get(miss.node)!;
      return {
        node: miss.node,
        moment: node.title ?? phaseInfo(node.phase).name,
        category: miss.category,
        label: node.choices!.find((c) => c.id === miss.choice)!.label,
        ...nl.critical[miss.category],
      };
    }),
    verdict,
  };
}

/** The ending a complete log reached: where its last choice lands. */
function endOf(compiled: CompiledCase, log: readonly LogStep[]) {
  const last = log.at(-1);
  if (!last) return compiled.nodes.get(compiled.def.start);
  const choice = compiled.nodes.get(last.node)!.choices!.find((c) => c.id === last.choice)!;
  return compiled.nodes.get(routeTarget(compiled.def, choice.next));
}
