/**
 * Surface strategies: ways to answer without understanding the meldcode, reading only the options'
 * surface (length, position, a tell-tale word). measure-surface-strategies.ts plays every case and
 * answers every knowledge-check question with each of them; a course that measures understanding
 * lets none of them pass.
 *
 * A strategy gets the options in the order the learner sees them. Strategies that read the text decide
 * by the text alone, so the shuffle of a case's choices cannot change their pick, except where two
 * options are exactly equal on what the strategy reads: then it takes the first shown, as a learner
 * would. Positional strategies (first, last) and the fallback of `ja` depend on the order shown.
 */

/** An option as the learner sees it: its id and its text, in the order shown. */
export interface ShownOption {
  id: string;
  text: string;
}

export type SurfaceStrategyId =
  | 'longest'
  | 'shortest'
  | 'veilig-thuis-overleg'
  | 'ja'
  | 'first'
  | 'last'
  | 'random'
  | 'careful'
  | 'all-but-shortest'
  | 'all';

export interface SurfaceStrategy {
  id: SurfaceStrategyId;
  /** What it does, in one line. */
  description: string;
  /** True when the pick can depend on the order shown (position, a positional fallback, chance). */
  positional: boolean;
  /** Random: played many times from a seed, and the mean reported. */
  random?: true;
  /** Only meant for questions with several right options: not played on case moments. */
  multipleOnly?: true;
  /** The one option taken at a case moment or on a question with one right option (radio buttons). */
  pick(options: readonly ShownOption[], random: () => number): string;
  /** The options ticked on a question with several right options (checkboxes); left out: only `pick`. */
  tick?(options: readonly ShownOption[], random: () => number): string[];
}

/**
 * The words that make an option sound careful (the `careful` strategy and cue). Each counts every time
 * it occurs as a whole word, case-insensitive: taking time (eerst, rustig, zorgvuldig, voorzichtig),
 * sharing the decision (samen, bespreken, overleggen, advies, afstemmen) and listening (luisteren,
 * navragen). "eerste" (first) and "vraag" (also a plain question) are left out on purpose.
 */
export const hedgingWords: readonly string[] = [
  'eerst',
  'samen',
  'zorgvuldig',
  'zorgvuldige',
  'voorzichtig',
  'voorzichtige',
  'rustig',
  'rustige',
  'bespreek',
  'bespreekt',
  'bespreken',
  'besproken',
  'overleg',
  'overleggen',
  'overlegt',
  'overlegd',
  'advies',
  'afstemmen',
  'luister',
  'luistert',
  'luisteren',
  'navragen',
];

/** The words of a text, lower case, letters and digits only ("Veilig Thuis." → ["veilig", "thuis"]). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length as read: trimmed, runs of white space as one (a folded YAML label reads as one line). */
export function readLength(text: string): number {
  return text.trim().replace(/\s+/g, ' ').length;
}

/** Whether the text names Veilig Thuis, or overleg in any form (overleg, overleggen, overlegt, overlegd). */
export function namesVeiligThuisOrOverleg(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.some((word, i) => word === 'veilig' && words[i + 1] === 'thuis') ||
    words.some((word) => word.startsWith('overleg'))
  );
}

/** 2 when the text starts with the word "ja", 1 when it holds it elsewhere, else 0. */
export function jaScore(text: string): number {
  const words = wordsOf(text);
  return words[0] === 'ja' ? 2 : words.includes('ja') ? 1 : 0;
}

/** How many {@link hedgingWords} the text holds. */
export function hedgeCount(text: string): number {
  return wordsOf(text).filter((word) => hedgingWords.includes(word)).length;
}

/** The option with the highest key (compared number by number); among equal keys the first shown. */
function best(options: readonly ShownOption[], key: (text: string) => number[]): ShownOption {
  if (options.length === 0) throw new Error('a strategy needs at least one option');
  let top = options[0];
  let topKey = key(top.text);
  for (const option of options.slice(1)) {
    const k = key(option.text);
    const i = k.findIndex((value, j) => value !== topKey[j]);
    if (i >= 0 && k[i] > topKey[i]) [top, topKey] = [option, k];
  }
  return top;
}

const longest = (options: readonly ShownOption[]) => best(options, (text) => [readLength(text)]).id;
const shortest = (options: readonly ShownOption[]) => best(options, (text) => [-readLength(text)]).id;

/** The strategies, in the order the bench prints them. */
export const surfaceStrategies: readonly SurfaceStrategy[] = [
  {
    id: 'longest',
    description: 'the longest option',
    positional: false,
    pick: longest,
  },
  {
    id: 'shortest',
    description: 'the shortest option',
    positional: false,
    pick: shortest,
  },
  {
    id: 'veilig-thuis-overleg',
    description: 'an option naming Veilig Thuis or overleg(gen) (the longest of those), else the longest',
    positional: false,
    pick: (options) =>
      best(options, (text) => [namesVeiligThuisOrOverleg(text) ? 1 : 0, readLength(text)]).id,
  },
  {
    id: 'ja',
    description: 'an option starting with "ja", else one holding "ja", else the first shown',
    positional: true,
    pick: (options) => best(options, (text) => [jaScore(text)]).id,
  },
  {
    id: 'first',
    description: 'the first option shown',
    positional: true,
    pick: (options) => options[0].id,
  },
  {
    id: 'last',
    description: 'the last option shown',
    positional: true,
    pick: (options) => options[options.length - 1].id,
  },
  {
    id: 'random',
    description: 'an option at random (checkboxes: a random non-empty set); mean of many seeded attempts',
    positional: true,
    random: true,
    pick: (options, random) => options[Math.floor(random() * options.length)].id,
    tick: (options, random) => {
      for (;;) {
        const ticked = options.filter(() => random() < 0.5).map((option) => option.id);
        if (ticked.length > 0) return ticked;
      }
    },
  },
  {
    id: 'careful',
    description: 'the option with the most hedging words (eerst, samen, zorgvuldig, bespreken, overleg, …)',
    positional: true,
    pick: (options) => best(options, (text) => [hedgeCount(text)]).id,
  },
  {
    id: 'all-but-shortest',
    description: 'checkboxes: every option but the shortest; radio buttons: the longest',
    positional: false,
    multipleOnly: true,
    pick: longest,
    tick: (options) => {
      const skip = shortest(options);
      return options.filter((option) => option.id !== skip).map((option) => option.id);
    },
  },
  {
    id: 'all',
    description: 'checkboxes: every option; radio buttons: the longest',
    positional: false,
    multipleOnly: true,
    pick: longest,
    tick: (options) => options.map((option) => option.id),
  },
];
