import type { SurfaceModule } from './surface-module.ts';
import { hedgeCount, jaScore, readLength, wordsOf } from './surface-strategies.ts';

/**
 * The cue report of a module: does anything on the surface of the options (length, a word, the place
 * it is written in) tell which one is right? check-surface-cues.ts refuses content where it does, in
 * `npm run lint:content` and the build; `npm run bench -- surface` prints the figures per module.
 *
 * Items: every moment of every case (its written choices; right is the expert's `goed` choice) and every
 * knowledge-check question (its options; right are those with `correct: true`). Both are shown in a
 * shuffled order (case-run's choice order, option-order.ts), never as written, so position cues are
 * measured on neither.
 *
 * A cue points at some options of an item (the longest, the first, those holding "nooit", …). An item
 * where it points at none or at all of them says nothing and is left out. Per item the cue's hit is the
 * share of the options it points at that are right; by chance (right options placed at random among
 * the options) that share is on average right/options, the chance rate: 1/options for one right
 * option. The report gives, over the items, the mean hit (the observed rate) and the mean chance rate,
 * and z: the difference of their sums divided by the standard deviation chance gives that sum
 * (hypergeometric per item, items independent; the normal approximation of a binomial test).
 *
 * Thresholds ({@link cueThresholds}): a cue is flagged when it is measured on at least 10 items, its
 * rate lies 15 percentage points or more from chance, and |z| ≥ 2 (about 1 in 20 for a fair course by
 * luck alone, two-sided). Far above chance (`above`) the cue picks the answer; far below (`below`) it
 * rules options out, which gives the answer away as well (never the shortest, never "nooit"). So the
 * rule for authors reads: the longest option is right at most chance + 15 points, and at least
 * chance − 15, over a module's moments and over its questions, and likewise every position and word.
 * Ten items: with three options one item moves the rate by 10 points, so fewer items say too little.
 */

export type CueId =
  | 'longest'
  | 'shortest'
  | 'first'
  | 'middle'
  | 'last'
  | 'veilig-thuis'
  | 'overleg'
  | 'ja'
  | 'altijd'
  | 'nooit'
  | 'careful';

export type ItemKind = 'moment' | 'question';

/** One question to the learner: its options in written order and which are right. */
export interface CueItem {
  /** `<case id>/<node id>` or `<question id>`: where to look. */
  source: string;
  kind: ItemKind;
  options: readonly { text: string; right: boolean }[];
  /** True when the learner sees the options in a shuffled order (case moments). */
  shuffled: boolean;
}

export interface CueDetector {
  id: CueId;
  description: string;
  /** Reads the position of options, not their text: not measured on shuffled items. */
  positional: boolean;
  /** The indexes (in written order) of the options the cue points at. */
  points(texts: readonly string[]): number[];
}

export interface CueResult {
  cue: CueId;
  kind: ItemKind;
  /** Items where the cue points at some options but not all. */
  items: number;
  /** Mean share of pointed options that are right; null without items. */
  rate: number | null;
  /** Mean share right of an option taken at random: right/options. */
  chance: number | null;
  /** (observed − expected) / standard deviation, over the items; null without items. */
  z: number | null;
  /** `above`/`below`: far from chance by {@link cueThresholds}; null: within them or too few items. */
  flag: 'above' | 'below' | null;
  /** The items where the cue points at a right option, to fix first when `above`. */
  hits: string[];
}

export const cueThresholds = {
  /** Fewer items than this are never flagged. */
  minItems: 10,
  /** The rate may lie this far from chance (15 percentage points). */
  maxDeviation: 0.15,
  /** And is flagged only when chance would rarely give it: |z| at least this. */
  minZ: 2,
} as const;

const indexesWhere = (texts: readonly string[], test: (text: string, i: number) => boolean) =>
  texts.flatMap((text, i) => (test(text, i) ? [i] : []));

/** Indexes of the options with the highest value (all of them when they are all equal). */
const highest = (texts: readonly string[], value: (text: string) => number) => {
  const values = texts.map(value);
  const top = Math.max(...values);
  return indexesWhere(texts, (_, i) => values[i] === top);
};

const hasWord = (word: string) => (text: string) => wordsOf(text).includes(word);

export const cueDetectors: readonly CueDetector[] = [
  {
    id: 'longest',
    description: 'the longest option',
    positional: false,
    points: (texts) => highest(texts, readLength),
  },
  {
    id: 'shortest',
    description: 'the shortest option',
    positional: false,
    points: (texts) => highest(texts, (text) => -readLength(text)),
  },
  { id: 'first', description: 'the first option', positional: true, points: () => [0] },
  {
    id: 'middle',
    description: 'an option neither first nor last',
    positional: true,
    points: (texts) => indexesWhere(texts, (_, i) => i > 0 && i < texts.length - 1),
  },
  {
    id: 'last',
    description: 'the last option',
    positional: true,
    points: (texts) => [texts.length - 1],
  },
  {
    id: 'veilig-thuis',
    description: 'an option naming Veilig Thuis',
    positional: false,
    points: (texts) =>
      indexesWhere(texts, (text) =>
        wordsOf(text).some((w, i, all) => w === 'veilig' && all[i + 1] === 'thuis'),
      ),
  },
  {
    id: 'overleg',
    description: 'an option with overleg, overleggen, overlegt or overlegd',
    positional: false,
    points: (texts) => indexesWhere(texts, (text) => wordsOf(text).some((w) => w.startsWith('overleg'))),
  },
  {
    id: 'ja',
    description: 'an option with the word "ja"',
    positional: false,
    points: (texts) => indexesWhere(texts, (text) => jaScore(text) > 0),
  },
  {
    id: 'altijd',
    description: 'an option with "altijd"',
    positional: false,
    points: (t) => indexesWhere(t, hasWord('altijd')),
  },
  {
    id: 'nooit',
    description: 'an option with "nooit"',
    positional: false,
    points: (t) => indexesWhere(t, hasWord('nooit')),
  },
  {
    id: 'careful',
    description: 'the option(s) with the most hedging words (surface-strategies.ts), when there are any',
    positional: false,
    points: (texts) => (texts.some((text) => hedgeCount(text) > 0) ? highest(texts, hedgeCount) : []),
  },
];

/** The items of a module: every case moment, then every knowledge-check question. */
export function cueItems(module: SurfaceModule): CueItem[] {
  const moments = module.cases.flatMap((compiled) =>
    compiled.def.nodes
      .filter((node) => (node.choices?.length ?? 0) > 0)
      .map((node): CueItem => ({
        source: `${compiled.def.id}/${node.id}`,
        kind: 'moment',
        options: node.choices!.map((choice) => ({ text: choice.label, right: choice.verdict === 'goed' })),
        shuffled: true,
      })),
  );
  const questions = module.questions.map((question): CueItem => ({
    source: question.id,
    kind: 'question',
    options: question.options.map((option) => ({ text: option.text, right: option.correct })),
    shuffled: true,
  }));
  return [...moments, ...questions];
}

/** The cue report of a module: every cue over its moments, then every cue over its questions. */
export function surfaceCues(module: SurfaceModule): CueResult[] {
  const items = cueItems(module);
  return (['moment', 'question'] as const).flatMap((kind) =>
    measureCues(items.filter((item) => item.kind === kind)),
  );
}

/** Every cue over the given items (of one kind; pooled items of several modules are fine). */
export function measureCues(items: readonly CueItem[]): CueResult[] {
  const kind = items[0]?.kind ?? 'moment';
  return cueDetectors.map((detector) => measureCue(detector, kind, items));
}

/** One cue over the items; see the file's comment for the rate, chance, z and the flag. */
export function measureCue(detector: CueDetector, kind: ItemKind, items: readonly CueItem[]): CueResult {
  let hitSum = 0;
  let chanceSum = 0;
  let variance = 0;
  let count = 0;
  const hits: string[] = [];
  for (const item of items) {
    if (detector.positional && item.shuffled) continue;
    const n = item.options.length;
    const pointed = detector.points(item.options.map((option) => option.text));
    const c = pointed.length;
    if (c === 0 || c === n) continue;
    const right = item.options.filter((option) => option.right).length;
    const pointedRight = pointed.filter((i) => item.options[i].right).length;
    const p = right / n;
    count++;
    hitSum += pointedRight / c;
    chanceSum += p;
    // Hypergeometric: c options drawn from n, of which `right` are right; the share is that count / c.
    variance += (p * (1 - p) * (n - c)) / (c * (n - 1));
    if (pointedRight > 0) hits.push(item.source);
  }
  if (count === 0)
    return { cue: detector.id, kind, items: 0, rate: null, chance: null, z: null, flag: null, hits };
  const rate = hitSum / count;
  const chance = chanceSum / count;
  const z = variance === 0 ? 0 : (hitSum - chanceSum) / Math.sqrt(variance);
  const far =
    count >= cueThresholds.minItems &&
    Math.abs(rate - chance) >= cueThresholds.maxDeviation &&
    Math.abs(z) >= cueThresholds.minZ;
  return {
    cue: detector.id,
    kind,
    items: count,
    rate,
    chance,
    z,
    flag: far ? (rate > chance ? 'above' : 'below') : null,
    hits,
  };
}
