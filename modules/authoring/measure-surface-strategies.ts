import { criticalChoices } from '../case/critical-choices.ts';
import { seededRandom } from '../scoring/choice-order.ts';
import { optionOrder } from '../scoring/option-order.ts';
import type { CompiledCase } from '../case/compile-case.ts';
import { expertPath } from '../case/expert-path.ts';
import { chooseInRun, continueRun, startCaseRun, viewRun, type CaseRun } from '../case-run/case-run.ts';
import { scoreRun } from '../case-run/score-run.ts';
import { isRightAnswer } from '../lesson/grade-answer.ts';
import type { Question } from '../lesson/knowledge-check.schema.ts';
import type { Score } from '../scoring/score-attempt.ts';
import type { SurfaceModule } from './surface-module.ts';
import {
  readLength,
  surfaceStrategies,
  type ShownOption,
  type SurfaceStrategy,
  type SurfaceStrategyId,
} from './surface-strategies.ts';

/**
 * How far each surface strategy (surface-strategies.ts) gets in one module: the share of case attempts
 * that pass, and the share of knowledge-check questions answered right.
 *
 * Cases are played on the case run every player uses (startCaseRun, viewRun, chooseInRun) and judged by
 * scoreRun, the one judge (points of first choices, critical misses, the pass mark): nothing here
 * decides a pass. At every moment the strategy sees what the learner sees: the open choices, in the
 * order the attempt's seed shuffles them, without the ones already tried on a retry. Every strategy
 * plays every case once per seed; the random strategy plays `randomAttempts` attempts per case, each
 * with its own seed for the shuffle and for its picks.
 *
 * Knowledge-check options are shown shuffled per learner too (option-order.ts), so first and last are
 * first and last in the order a learner with that seed sees. A question is right when exactly the right options are chosen
 * (grade-answer.ts). The random strategy answers every question `randomAttempts` times; its share is the
 * mean.
 */

/** Options of a measurement; the defaults are what the bench uses. */
export interface SurfaceOptions {
  /** Case-run seeds: each non-random strategy plays each case once per seed. Default: 0 to 19. */
  seeds?: readonly number[];
  /** Attempts of the random strategy per case and per question. Default: 200. */
  randomAttempts?: number;
}

export interface StrategyOutcome {
  strategy: SurfaceStrategyId;
  /** Case attempts played and passed, per case and in all; none for a strategy meant only for checkboxes. */
  cases: { id: string; attempts: number; passed: number }[];
  attempts: number;
  passed: number;
  /** passed / attempts, or null when no case was played. */
  passShare: number | null;
  /** Questions answered, and how many right (the random strategy: the mean over its attempts). */
  questions: { all: Tally; single: Tally; multiple: Tally };
}

export interface Tally {
  count: number;
  right: number;
  /** right / count, or null without questions. */
  share: number | null;
}

/** Facts about a module's case moments that tell how much a surface cue can earn. */
export interface MomentFacts {
  /** Decision nodes (moments) over all cases. */
  moments: number;
  /** Moments whose expert choice is the longest written choice (an equal length counts). */
  expertLongest: number;
  /**
   * Moments whose expert answer leads to melden or acute action (afweging 2 ja, 3 nee, 4 nee, 5 nee,
   * acuut-handelen): any other first choice there fails the attempt, whatever the points. As
   * `<case id>/<node id>`.
   */
  critical: string[];
  /**
   * Moments on the expert route where some other first choice, followed by the highest-scoring open
   * choice at every later moment, fails the attempt: the critical ones, and those where the points
   * alone fall below the pass mark (`byPoints`, which may hold critical ones too).
   */
  oneSlipFails: string[];
  byPoints: string[];
}

export interface SurfaceMeasurement {
  module: string;
  strategies: StrategyOutcome[];
  moments: MomentFacts;
}

const DEFAULT_SEEDS = Array.from({ length: 20 }, (_, i) => i);

/** Plays and answers the module with every surface strategy; see the file's comment. */
export function measureSurfaceStrategies(
  module: SurfaceModule,
  { seeds = DEFAULT_SEEDS, randomAttempts = 200 }: SurfaceOptions = {},
): SurfaceMeasurement {
  return {
    module: module.id,
    strategies: surfaceStrategies.map((strategy) =>
      measureStrategy(strategy, module, strategy.random ? randomSeeds(randomAttempts) : seeds),
    ),
    moments: momentFacts(module.cases),
  };
}

/** One strategy over the module's cases (once per seed) and questions (once per seed if random). */
export function measureStrategy(
  strategy: SurfaceStrategy,
  module: SurfaceModule,
  seeds: readonly number[],
): StrategyOutcome {
  const cases = strategy.multipleOnly
    ? []
    : module.cases.map((compiled) => ({
        id: compiled.def.id,
        attempts: seeds.length,
        passed: seeds.filter((seed) => playWithStrategy(compiled, strategy, seed).passed).length,
      }));
  const attempts = cases.reduce((sum, c) => sum + c.attempts, 0);
  const passed = cases.reduce((sum, c) => sum + c.passed, 0);
  // Questions show their options shuffled per learner (option-order.ts): one seed, one learner.
  const answered = module.questions.map((question) => ({
    kind: question.kind,
    right: seeds.filter((seed) => answerIsRight(question, strategy, seed)).length / seeds.length,
  }));
  const tally = (list: typeof answered): Tally => {
    const right = list.reduce((sum, q) => sum + q.right, 0);
    return { count: list.length, right, share: list.length === 0 ? null : right / list.length };
  };
  return {
    strategy: strategy.id,
    cases,
    attempts,
    passed,
    passShare: attempts === 0 ? null : passed / attempts,
    questions: {
      all: tally(answered),
      single: tally(answered.filter((q) => q.kind === 'single')),
      multiple: tally(answered.filter((q) => q.kind === 'multiple')),
    },
  };
}

/** Plays one attempt from the start to an ending, the strategy picking at every moment; the judge's score. */
export function playWithStrategy(compiled: CompiledCase, strategy: SurfaceStrategy, seed: number): Score {
  const random = seededRandom(seed ^ 0x5eed);
  return playOut(startCaseRun(compiled, seed), (shown) => strategy.pick(shown, random));
}

/** Whether the strategy answers the question right at a first try, its options in the order a learner with this seed sees. */
export function answerIsRight(question: Question, strategy: SurfaceStrategy, seed: number): boolean {
  const random = seededRandom(seed ^ 0xa5a5);
  const shown = optionOrder(seed, question.id, question.options.length, 0).map((i) => {
    const { id, text } = question.options[i]!;
    return { id, text };
  });
  const chosen =
    question.kind === 'multiple' && strategy.tick
      ? strategy.tick(shown, random)
      : [strategy.pick(shown, random)];
  return isRightAnswer(
    question.options.filter((option) => option.correct).map((option) => option.id),
    chosen,
  );
}

function playOut(start: CaseRun, pick: (shown: ShownOption[], run: CaseRun) => string): Score {
  let run = start;
  for (let view = viewRun(run); !view.done; view = viewRun(run)) {
    // A consequence of a wrong choice is read, not answered.
    if (view.consequence) {
      run = continueRun(run);
      continue;
    }
    if (view.choices.length === 0 || run.log.length > 10_000)
      throw new Error(`${run.compiled.def.id}: no open choice at "${view.node}"`);
    const result = chooseInRun(
      run,
      pick(
        view.choices.map(({ id, label }) => ({ id, text: label })),
        run,
      ),
    );
    if (!result.ok) throw new Error(result.message);
    run = result.run;
  }
  return scoreRun(run);
}

function momentFacts(cases: readonly CompiledCase[]): MomentFacts {
  const facts: MomentFacts = { moments: 0, expertLongest: 0, critical: [], oneSlipFails: [], byPoints: [] };
  for (const compiled of cases) {
    for (const node of compiled.def.nodes) {
      if (!node.choices || node.choices.length === 0) continue;
      const expert = node.choices.find((choice) => choice.verdict === 'goed')!;
      facts.moments++;
      if (node.choices.every((choice) => readLength(choice.label) <= readLength(expert.label)))
        facts.expertLongest++;
      if (criticalChoices(node).size > 0) facts.critical.push(`${compiled.def.id}/${node.id}`);
    }
    const route = expertPath(compiled) ?? [];
    route.forEach((step, i) => {
      const slips = compiled.nodes
        .get(step.node)!
        .choices!.filter((choice) => choice.id !== step.choice)
        .map((choice) => slipScore(compiled, route.slice(0, i), choice.id))
        .filter((score) => score && !score.passed) as Score[];
      if (slips.length === 0) return;
      facts.oneSlipFails.push(`${compiled.def.id}/${step.node}`);
      if (slips.some((score) => score.total * 100 < compiled.passPercentage * score.max))
        facts.byPoints.push(`${compiled.def.id}/${step.node}`);
    });
  }
  return facts;
}

/** The expert's route up to a moment, one other choice there, then the highest-scoring open choice. */
function slipScore(
  compiled: CompiledCase,
  prefix: readonly { choice: string }[],
  slip: string,
): Score | null {
  let run = startCaseRun(compiled, null);
  for (const step of [...prefix.map((s) => s.choice), slip]) {
    const result = chooseInRun(run, step);
    if (!result.ok) return null; // the stappenplan does not offer this choice here: no learner can slip on it
    run = result.run;
  }
  return playOut(run, (shown, current) => {
    const node = compiled.nodes.get(String(current.snapshot.value))!;
    const score = (id: string) => node.choices!.find((choice) => choice.id === id)!.score;
    return shown.reduce((top, option) => (score(option.id) > score(top.id) ? option : top)).id;
  });
}

/** Seeds for the random strategy's attempts: 0, 1, 2, … */
function randomSeeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
