import type { CompiledCase } from '../case/compile-case.ts';
import type { Choice } from '../case/case.schema.ts';
import type { CriticalCategory } from '../case/critical-category.ts';
import { routeTarget } from '../case/consequences.ts';
import type { LogStep } from '../case/expert-path.ts';
import type { LessonLink, PhaseLessons } from '../lesson/phase-lessons.ts';
import { scoreAttempt, type Score } from '../scoring/score-attempt.ts';
import { phaseInfo, type Phase } from '../stappenplan/phases.ts';
import { fill } from '../strings/fill.ts';
import { acuteText } from '../strings/nl-acute.ts';
import { caseText } from '../strings/nl-case.ts';
import { resultText } from '../strings/nl-result.ts';

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

/** A first choice that was not the best at its moment: what you chose, why not, and where to learn it. */
export interface WrongFirstChoice {
  node: string;
  /** The moment: its title, or else its step or afweging. */
  moment: string;
  phase: Phase;
  /** The choice as the learner read it. */
  label: string;
  verdict: Exclude<Choice['verdict'], 'goed'>;
  /** Points this first choice earned, and what the best choice there earns. */
  points: number;
  max: number;
  /** What happens after this choice, and why it is not right: the case's own words. */
  feedback: string;
  rationale: string;
  /** The best choice at this moment (the expert's). */
  better: string;
  /** Whether this choice was dangerous (it is also listed under `critical`). */
  critical: boolean;
  /** The lesson that teaches this moment's phase (lesson/phase-lessons.ts), or null when none was given. */
  lesson: LessonLink | null;
}

/** The result that teaches: how it was scored, each wrong first choice, yours beside the expert's per afweging, the steps, the verdicts. */
export interface CaseSummary {
  score: Score;
  /** How scoring works, in plain Dutch: first choice counts, retries earn nothing, danger fails, the pass mark. */
  howScored: string[];
  /** Why the points are what they are: how many first choices were not the best (or that all were). */
  firstChoices: string;
  /** Each first choice that was not the best, in the order made; the best first choices are not listed. */
  wrongFirstChoices: WrongFirstChoice[];
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
  if (choice.action && choice.action in caseText.outcome)
    return caseText.outcome[choice.action as keyof typeof caseText.outcome];
  const target = routeTarget(compiled.def, choice.next);
  if (target === node) return caseText.retry;
  const next = compiled.nodes.get(target)!;
  return next.title ?? phaseInfo(next.phase).name;
}

/** The lines that say how a case is scored, with its pass mark in percent and in points. */
export function howScored(compiled: CompiledCase, max: number): string[] {
  const percent = compiled.passPercentage;
  return [
    resultText.scoring.firstChoice,
    resultText.scoring.retry,
    resultText.scoring.critical,
    fill(resultText.scoring.passMark, { percent, points: Math.ceil((percent * max) / 100), max }),
  ];
}

/**
 * Summarises a run (complete or not) from its log; a pure function of the case, the log and the
 * lessons per phase (for the lesson of each wrong first choice; without them, no lessons are named).
 */
export function summarizeRun(
  compiled: CompiledCase,
  log: readonly LogStep[],
  lessons: PhaseLessons = {},
): CaseSummary {
  const score = scoreAttempt(compiled, log);
  const critical = new Set(score.critical.map((miss) => miss.node));
  const wrongFirstChoices: WrongFirstChoice[] = [];
  const afwegingen: AfwegingResult[] = [];
  const steps: CaseSummary['steps'] = [];
  let acuteReason: string | null = null;
  for (const decision of score.decisions) {
    const node = compiled.nodes.get(decision.node)!;
    const choice = node.choices!.find((c) => c.id === decision.choice)!;
    if (choice.action) steps.push({ phase: node.phase, text: caseText.action[choice.action] });
    if (choice.acuteReason) acuteReason = acuteText.acuteReason[choice.acuteReason];
    if (decision.firstTry && choice.verdict !== 'goed') {
      const best = node.choices!.find((c) => c.verdict === 'goed')!;
      wrongFirstChoices.push({
        node: node.id,
        moment: node.title ?? phaseInfo(node.phase).name,
        phase: node.phase,
        label: choice.label,
        verdict: choice.verdict,
        points: choice.score,
        max: best.score,
        feedback: choice.feedback.trim(),
        rationale: choice.rationale.trim(),
        better: best.label,
        critical: critical.has(node.id),
        lesson: lessons[node.phase] ?? null,
      });
    }
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
      ? resultText.result.criticalFailed
      : ending?.outcome === 'slecht'
        ? resultText.result.badEnding
        : score.passed
          ? resultText.result.passed
          : resultText.result.failed;
  const count = wrongFirstChoices.length;
  const firstChoices =
    count === 0
      ? resultText.scoring.allRight
      : fill(count === 1 ? resultText.scoring.wrongOne : resultText.scoring.wrongOther, {
          count,
          total: score.total,
          max: score.max,
        });
  return {
    score,
    howScored: howScored(compiled, score.max),
    firstChoices,
    wrongFirstChoices,
    afwegingen,
    steps,
    phases: score.phases.map((p) => ({
      ...p,
      name: phaseInfo(p.phase).name,
      verdict: caseText.phaseVerdict[p.verdict],
    })),
    acuteReason,
    critical: score.critical.map((miss) => {
      const node = compiled.nodes.get(miss.node)!;
      return {
        node: miss.node,
        moment: node.title ?? phaseInfo(node.phase).name,
        category: miss.category,
        label: node.choices!.find((c) => c.id === miss.choice)!.label,
        ...resultText.critical[miss.category],
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
