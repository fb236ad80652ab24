import { choiceOrder, textSeed } from './choice-order.ts';

/**
 * The order in which a knowledge-check question shows its options, as indexes into the options it
 * is given. Options never keep the order the author wrote them in: that order tends to give the
 * answer away (the right option first, or last, or the longest).
 *
 * With JavaScript: shuffled per learner (the seed kept in the progress record), per question (its
 * progress key) and per try (0 for the first), with the case player's shuffle (choice-order.ts), so
 * a reload shows the same order for the same try. A new try never shows the order of the try
 * before: when the shuffle happens to give it again (one in two with two options), the options move
 * up one place.
 */
export function optionOrder(seed: number, key: string, count: number, attempt: number): number[] {
  let order = choiceOrder(seed, `${key}@0`, count);
  for (let next = 1; next <= attempt; next++) {
    const shuffled = choiceOrder(seed, `${key}@${next}`, count);
    order = sameOrder(shuffled, order) ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
  }
  return order;
}

/**
 * Without JavaScript (the page as built): an order derived from the question alone, its key and its
 * option ids, so every build and every learner gets the same order, and it is not the author's.
 */
export function staticOptionOrder(key: string, optionIds: readonly string[]): number[] {
  return choiceOrder(textSeed([key, ...optionIds].join('\n')), key, optionIds.length);
}

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.every((value, i) => value === b[i]);
}
