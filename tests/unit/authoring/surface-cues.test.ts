import { describe, expect, it } from 'vitest';
import {
  cueDetectors,
  cueItems,
  cueThresholds,
  measureCue,
  measureCues,
  surfaceCues,
  type CueId,
  type CueItem,
} from '../../../modules/authoring/surface-cues.ts';
import { everyMoment, fixtureCase, fixtureModule, question } from './surface-fixtures.ts';

const detector = (id: CueId) => cueDetectors.find((d) => d.id === id)!;
const cue = (id: CueId, items: CueItem[]) => measureCue(detector(id), items[0]?.kind ?? 'question', items);

/** A question item; `right` holds the written positions of the right options. */
const item = (texts: string[], right: number[], { shuffled = false, source = 'v' } = {}): CueItem => ({
  source,
  kind: 'question',
  options: texts.map((text, i) => ({ text, right: right.includes(i) })),
  shuffled,
});
const repeat = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));

const short = 'Nee.';
const middle = 'Alleen soms.';
const long = 'Ja, en je vertelt het vooraf.';

describe('the cue report', () => {
  it('flags the longest option when it is always right, and the shortest as never right', () => {
    const items = repeat(12, (i) => item([short, long, middle], [1], { source: `v${i}` }));
    expect(cue('longest', items)).toMatchObject({ items: 12, rate: 1, flag: 'above' });
    expect(cue('longest', items).chance).toBeCloseTo(1 / 3);
    expect(cue('longest', items).hits).toHaveLength(12);
    expect(cue('shortest', items)).toMatchObject({ items: 12, rate: 0, flag: 'below', hits: [] });
  });

  it('gives no flag where the right option is longest, middle and shortest equally often', () => {
    const items = repeat(12, (i) => item([short, middle, long], [i % 3]));
    for (const id of ['longest', 'shortest'] as const) {
      const result = cue(id, items);
      expect(result.rate).toBeCloseTo(1 / 3);
      expect(result.z).toBeCloseTo(0);
      expect(result.flag).toBeNull();
    }
  });

  it('needs enough items: nine that all give the answer away are not flagged yet', () => {
    expect(cueThresholds.minItems).toBe(10);
    const nine = repeat(9, () => item([short, long, middle], [1]));
    expect(cue('longest', nine)).toMatchObject({ items: 9, rate: 1, flag: null });
  });

  it('needs the rate 15 points from chance, however many items', () => {
    // 50 % right against a chance of 33 %: 17 points above, over 300 items (z ≈ 6.1): flagged.
    const many = (right: number) => repeat(300, (i) => item([short, middle, long], [i < right ? 2 : i % 2]));
    expect(cue('longest', many(150)).flag).toBe('above');
    // 40 % right: only 7 points above, over the same items (z ≈ 2.4): not flagged.
    const near = cue('longest', many(120));
    expect(near.z!).toBeGreaterThan(cueThresholds.minZ);
    expect(near.flag).toBeNull();
  });

  it('computes z from the hypergeometric spread of each item', () => {
    // One item, three options, one right and pointed at: 1 against 1/3, variance (1/3)(2/3)(2)/(1·2).
    const one = cue('longest', [item([short, long, middle], [1])]);
    expect(one.z).toBeCloseTo(2 / 3 / Math.sqrt(2 / 9));
    // Two of four right, the cue points at both: share 1 against a chance of 1/2.
    const two = cue('overleg', [item(['Overleg.', 'Nee.', 'Wij overleggen.', 'Soms.'], [0, 2])]);
    expect(two).toMatchObject({ items: 1, rate: 1, chance: 0.5 });
  });

  it('measures positions on options shown as written, never on shuffled ones', () => {
    const written = repeat(12, () => item([short, middle, long], [0]));
    expect(cue('first', written)).toMatchObject({ rate: 1, flag: 'above' });
    expect(cue('last', written)).toMatchObject({ rate: 0, flag: 'below' });
    expect(cue('middle', written)).toMatchObject({ rate: 0, flag: 'below' });
    const shuffled = repeat(12, () => item([short, middle, long], [0], { shuffled: true }));
    expect(cue('first', shuffled)).toMatchObject({ items: 0, rate: null, flag: null });
    expect(cue('longest', shuffled).items).toBe(12); // a text cue still counts
  });

  it('finds words: Veilig Thuis and overleg that pick the answer, nooit and altijd that rule options out', () => {
    const items = repeat(12, () =>
      item(
        ['Ik bel Veilig Thuis voor advies.', 'Ik doe nooit iets zonder de ouders.', 'Dat mag altijd.'],
        [0],
      ),
    );
    expect(cue('veilig-thuis', items)).toMatchObject({ rate: 1, flag: 'above' });
    expect(cue('nooit', items)).toMatchObject({ rate: 0, flag: 'below' });
    expect(cue('altijd', items)).toMatchObject({ rate: 0, flag: 'below' });
    expect(cue('overleg', items).items).toBe(0); // no option has it: the cue says nothing
    const everywhere = repeat(12, () => item(['Ja.', 'Ja, soms.'], [0]));
    expect(cue('ja', everywhere).items).toBe(0); // in every option: says nothing either
    const balanced = repeat(12, (i) => item(['Ja, dat klopt.', 'Nee, dat klopt niet.'], [i % 2]));
    expect(cue('ja', balanced)).toMatchObject({ rate: 0.5, chance: 0.5, flag: null });
  });

  it('points the careful cue at the most hedging option, and only when one hedges', () => {
    const items = repeat(12, () => item(['Ik bespreek het eerst samen.', 'Ik overleg.', 'Ik wacht.'], [2]));
    expect(cue('careful', items)).toMatchObject({ rate: 0, flag: 'below' });
    expect(
      cue(
        'careful',
        repeat(12, () => item(['Ik meld.', 'Ik wacht.'], [0])),
      ).items,
    ).toBe(0);
  });

  it('reads a module: moments (right is the expert) apart from questions, both shown shuffled', () => {
    const compiled = fixtureCase(
      'langste-goed',
      everyMoment({
        right: 'Ik doe wat de meldcode op dit moment vraagt.',
        wrong: ['Ik wacht.', 'Nu niet.'],
      }),
    );
    const questions = repeat(12, (i) => question(`v${i}`, [short, middle, long], [short]));
    const module = fixtureModule([compiled], questions);
    const items = cueItems(module);
    expect(items.filter((i) => i.kind === 'moment')).toHaveLength(6);
    expect(items[0]).toMatchObject({ source: 'langste-goed/signalen', shuffled: true });
    expect(items[0].options.map((o) => o.right)).toEqual([true, false, false]);
    const report = surfaceCues(module);
    const find = (kind: string, id: CueId) => report.find((r) => r.kind === kind && r.cue === id)!;
    expect(find('moment', 'longest')).toMatchObject({ items: 6, rate: 1, flag: null }); // fewer than 10
    expect(find('moment', 'first')).toMatchObject({ items: 0 });
    // Options are never shown as written (option-order.ts), so the written position says nothing.
    expect(find('question', 'first')).toMatchObject({ items: 0, flag: null });
    expect(find('question', 'shortest')).toMatchObject({ rate: 1, flag: 'above' });
    expect(measureCues([]).every((r) => r.items === 0)).toBe(true);
  });
});
