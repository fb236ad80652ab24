import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../modules/authoring/load-lessons.ts';
import { choiceOrder } from '../../../modules/scoring/choice-order.ts';
import { optionOrder, staticOptionOrder } from '../../../modules/scoring/option-order.ts';

const key = 'basis/afwegingskader#afweging-1-nee';
const ids = ['vergeten', 'melden', 'overleggen', 'afsluiten'];
const isPermutation = (order: number[], count: number) =>
  expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));

describe('optionOrder: a knowledge-check question with JavaScript', () => {
  it('gives the same order for the same seed, question and try, every time', () => {
    for (const attempt of [0, 1, 5]) {
      expect(optionOrder(2718281828, key, 4, attempt)).toEqual(optionOrder(2718281828, key, 4, attempt));
    }
  });

  it('is the case player shuffle (choiceOrder) for the first try', () => {
    expect(optionOrder(42, key, 4, 0)).toEqual(choiceOrder(42, `${key}@0`, 4));
  });

  it('always gives a permutation of the options', () => {
    for (let seed = 0; seed < 200; seed++) isPermutation(optionOrder(seed * 7919, key, 5, seed % 4), 5);
  });

  it('differs per learner: over many seeds every option comes first about equally often', () => {
    const first = [0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) first[optionOrder(seed, key, 3, 0)[0]!]++;
    for (const count of first) expect(count).toBeGreaterThan(850);
  });

  it('differs per question for one learner', () => {
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((q) => optionOrder(42, `basis/les#${q}`, 4, 0).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('gives every new try an order other than the try before, also with two options', () => {
    for (let seed = 0; seed < 300; seed++) {
      for (const count of [2, 3, 4]) {
        for (let attempt = 1; attempt < 4; attempt++) {
          expect(optionOrder(seed, key, count, attempt)).not.toEqual(
            optionOrder(seed, key, count, attempt - 1),
          );
        }
      }
    }
  });
});

describe('staticOptionOrder: a knowledge-check question without JavaScript', () => {
  it('depends only on the question: the same order on every build', () => {
    expect(staticOptionOrder(key, ids)).toEqual(staticOptionOrder(key, [...ids]));
    isPermutation(staticOptionOrder(key, ids), 4);
  });

  it('pins the order of one question, since every page is built from it', () => {
    expect(staticOptionOrder(key, ids)).toMatchInlineSnapshot(`
      [
        0,
        2,
        3,
        1,
      ]
    `);
  });

  it('changes with the question and with its options', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `basis/les#vraag-${i}`);
    expect(new Set(keys.map((k) => staticOptionOrder(k, ids).join())).size).toBeGreaterThan(1);
    const optionSets = Array.from({ length: 12 }, (_, i) => ids.map((id) => `${id}-${i}`));
    expect(new Set(optionSets.map((o) => staticOptionOrder(key, o).join())).size).toBeGreaterThan(1);
  });

  it('moves the options of most real questions away from the order they are written in', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const groups = readdirSync(`${root}content/lessen`);
    const questions = loadLessons(root, groups).lessons.flatMap((lesson) =>
      lesson.lesson.questions.map((question) => ({
        key: `${lesson.beroepsgroep}/${lesson.slug}#${question.id}`,
        ids: question.options.map((option) => option.id),
      })),
    );
    expect(questions.length).toBeGreaterThan(20);
    const moved = questions.filter(({ key: k, ids: o }) => staticOptionOrder(k, o).some((p, i) => p !== i));
    // A shuffle keeps the written order now and then (1 in 2 for two options); most move.
    expect(moved.length / questions.length).toBeGreaterThan(0.5);
  });
});
