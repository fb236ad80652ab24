import { describe, expect, it } from 'vitest';
import {
  measureStrategy,
  measureSurfaceStrategies,
  playWithStrategy,
} from '../../../modules/authoring/measure-surface-strategies.ts';
import { surfaceStrategies, type SurfaceStrategyId } from '../../../modules/authoring/surface-strategies.ts';
import { startCaseRun, viewRun } from '../../../modules/case-run/case-run.ts';
import { everyMoment, fixtureCase, fixtureModule, question } from './surface-fixtures.ts';

const strategy = (id: SurfaceStrategyId) => surfaceStrategies.find((s) => s.id === id)!;
const seeds = Array.from({ length: 20 }, (_, i) => i);
const outcome = (report: ReturnType<typeof measureSurfaceStrategies>, id: SurfaceStrategyId) =>
  report.strategies.find((s) => s.strategy === id)!;

/** The expert's choice is the longest at every moment (and written first). */
const longestRight = fixtureCase(
  'langste-goed',
  everyMoment({
    right: 'Ik doe zorgvuldig wat de meldcode op dit moment van mij vraagt.',
    wrong: ['Ik wacht af.', 'Ik bel de buren op.'],
  }),
);
/** The expert's choice is the shortest at every moment. */
const shortestRight = fixtureCase(
  'kortste-goed',
  everyMoment({
    right: 'Ik meld.',
    wrong: ['Ik wacht nog een paar weken af en kijk dan verder.', 'Ik vraag de buren wat zij ervan denken.'],
  }),
);

describe('measuring surface strategies on cases', () => {
  it('longest passes every attempt where the expert is always the longest; shortest passes none', () => {
    const report = measureSurfaceStrategies(fixtureModule([longestRight]), { seeds, randomAttempts: 50 });
    expect(outcome(report, 'longest')).toMatchObject({ attempts: 20, passed: 20, passShare: 1 });
    expect(outcome(report, 'shortest')).toMatchObject({ attempts: 20, passed: 0, passShare: 0 });
    // careful: the expert's label is the only one with a hedging word
    expect(outcome(report, 'careful').passShare).toBe(1);
  });

  it('turns round when the expert is always the shortest', () => {
    const report = measureSurfaceStrategies(fixtureModule([shortestRight]), { seeds, randomAttempts: 50 });
    expect(outcome(report, 'longest').passShare).toBe(0);
    expect(outcome(report, 'shortest').passShare).toBe(1);
  });

  it('lets the judge decide: a wrong first choice at afweging 2 fails the attempt although the points pass', () => {
    // Shortest at every moment but a2, where the expert is the shortest: 10 of 12 points, above 70 %.
    const moments = everyMoment({
      right: 'Ik doe wat de meldcode vraagt, met zorg.',
      wrong: ['Ik wacht.', 'Nu niet.'],
    });
    moments[4] = { right: 'Ik meld.', wrong: ['Ik wacht nog even af.', 'Ik doe verder niets.'] };
    const score = playWithStrategy(fixtureCase('kritiek', moments), strategy('longest'), 1);
    expect(score).toMatchObject({ total: 10, max: 12, percentage: 83, passed: false });
    expect(score.critical).toEqual([
      { node: 'a2', phase: 'afweging-2', choice: 'fout-1', category: 'niet-melden' },
    ]);
  });

  it('text strategies pick the same whatever the seed; first takes what the shuffled view shows first', () => {
    const decisions = (id: SurfaceStrategyId, seed: number) =>
      playWithStrategy(longestRight, strategy(id), seed).decisions.map((d) => `${d.node}:${d.choice}`);
    for (const seed of seeds) expect(decisions('longest', seed)).toEqual(decisions('longest', 0));
    for (const seed of seeds)
      expect(decisions('first', seed)[0]).toBe(
        `signalen:${viewRun(startCaseRun(longestRight, seed)).choices[0].id}`,
      );
    // The expert is written first everywhere, yet the learner sees a shuffled order: first rarely passes.
    const first = measureStrategy(strategy('first'), fixtureModule([longestRight]), seeds);
    expect(first.passShare).toBeLessThan(0.5);
    expect(new Set(seeds.map((seed) => decisions('first', seed).join(' '))).size).toBeGreaterThan(1);
  });

  it('takes the mean of many seeded attempts for random, the same on every run', () => {
    const module = fixtureModule([longestRight]);
    const once = measureSurfaceStrategies(module, { seeds: [0], randomAttempts: 200 });
    const again = measureSurfaceStrategies(module, { seeds: [0], randomAttempts: 200 });
    const random = outcome(once, 'random');
    expect(random.attempts).toBe(200);
    expect(random.passShare).toBeGreaterThan(0);
    expect(random.passShare).toBeLessThan(1);
    expect(outcome(again, 'random')).toEqual(random);
  });

  it('does not play the checkbox-only strategies on cases', () => {
    const report = measureSurfaceStrategies(fixtureModule([longestRight]), { seeds: [0], randomAttempts: 1 });
    expect(outcome(report, 'all')).toMatchObject({ cases: [], attempts: 0, passShare: null });
    expect(outcome(report, 'all-but-shortest').passShare).toBeNull();
  });
});

describe('measuring surface strategies on knowledge checks', () => {
  const questions = [
    question(
      'langste',
      ['Nee.', 'Ja, want je hebt meldrecht en je vertelt het vooraf.', 'Soms.'],
      ['Ja, want je hebt meldrecht en je vertelt het vooraf.'],
    ),
    question('eerste', ['Nee.', 'Alleen met toestemming van beide ouders.', 'Pas na een jaar.'], ['Nee.']),
    question(
      'alles-behalve-kortste',
      ['Signalen vastleggen.', 'Overleggen met een collega.', 'Niets.', 'Het gesprek voeren.'],
      ['Signalen vastleggen.', 'Overleggen met een collega.', 'Het gesprek voeren.'],
    ),
    question('alles', ['Kind.', 'Ouder.', 'Oma.'], ['Kind.', 'Ouder.', 'Oma.']),
  ];
  const report = measureSurfaceStrategies(fixtureModule([], questions), { seeds: [0], randomAttempts: 2000 });

  it('counts a question right only when exactly the right options are chosen', () => {
    expect(outcome(report, 'longest').questions).toMatchObject({
      all: { count: 4, right: 1, share: 0.25 },
      single: { count: 2, right: 1 },
      multiple: { count: 2, right: 0 }, // one ticked option is never all the right ones here
    });
    expect(outcome(report, 'shortest').questions.all.right).toBe(1); // "Nee." on the second
    // "Ja, want …" on the first question; elsewhere "ja" falls back to a position, which the shuffle decides.
    const jaOnly = measureSurfaceStrategies(fixtureModule([], [questions[0]!]), {
      seeds: [0],
      randomAttempts: 1,
    });
    expect(outcome(jaOnly, 'ja').questions.all.right).toBe(1);
    expect(outcome(report, 'veilig-thuis-overleg').questions.all.right).toBe(1); // "Overleggen …" is not all
  });

  it('takes a position in the order the learner sees, shuffled per learner, not as written', () => {
    const seeds = Array.from({ length: 300 }, (_, i) => i);
    const writtenFirst = measureSurfaceStrategies(fixtureModule([], [questions[1]!]), {
      seeds,
      randomAttempts: 1,
    });
    // "Nee." is written first and right: in the written order "first" would always be right.
    expect(outcome(writtenFirst, 'first').questions.all.share).toBeCloseTo(1 / 3, 1);
    expect(outcome(writtenFirst, 'last').questions.all.share).toBeCloseTo(1 / 3, 1);
  });

  it('scores all-but-shortest and all on checkboxes, and as the longest on radio buttons', () => {
    expect(outcome(report, 'all-but-shortest').questions).toMatchObject({
      all: { right: 2 },
      single: { right: 1 },
      multiple: { right: 1 },
    });
    expect(outcome(report, 'all').questions).toMatchObject({ single: { right: 1 }, multiple: { right: 1 } });
  });

  it('gives random the mean of its attempts: about 1/3 on radios, 1/(2^n − 1) on checkboxes', () => {
    const { single, multiple } = outcome(report, 'random').questions;
    expect(single.share).toBeCloseTo(1 / 3, 1);
    expect(multiple.right).toBeCloseTo(1 / 15 + 1 / 7, 1);
  });
});

describe('the moment facts', () => {
  it('counts moments, the expert being longest, and the moments where a choice fails the attempt', () => {
    const { moments } = measureSurfaceStrategies(fixtureModule([longestRight, shortestRight]), {
      seeds: [0],
      randomAttempts: 1,
    });
    expect(moments).toMatchObject({ moments: 12, expertLongest: 6 });
    expect(moments.critical).toEqual(['langste-goed/a2', 'kortste-goed/a2']);
    // At 70 % one wrong first choice costs 2 of 12 points: only afweging 2 can fail an attempt.
    expect(moments.oneSlipFails).toEqual(['langste-goed/a2', 'kortste-goed/a2']);
    expect(moments.byPoints).toEqual([]);
  });

  it('finds moments that fail by points alone when the pass mark leaves no room', () => {
    const strict = fixtureCase('streng', everyMoment({ right: 'Goed.', wrong: ['Fout.'] }), {
      passPercentage: 100,
    });
    const { moments } = measureSurfaceStrategies(fixtureModule([strict]), { seeds: [0], randomAttempts: 1 });
    expect(moments.oneSlipFails).toHaveLength(6);
    expect(moments.byPoints).toEqual(moments.oneSlipFails);
  });
});
