import { describe, expect, it } from 'vitest';
import { choiceOrder } from '../../../modules/scoring/choice-order.ts';

describe('choiceOrder', () => {
  it('keeps the written order for attempts without a seed', () => {
    expect(choiceOrder(null, 'signalen', 4)).toEqual([0, 1, 2, 3]);
  });

  it('gives the same order for the same seed and node, every time', () => {
    expect(choiceOrder(2718281828, 'signalen', 4)).toEqual(choiceOrder(2718281828, 'signalen', 4));
  });

  it('pins the order a seed stands for, since stored attempts rely on it', () => {
    expect(choiceOrder(1, 'signalen', 4)).toMatchInlineSnapshot(`
      [
        3,
        0,
        1,
        2,
      ]
    `);
  });

  it('always gives a permutation of the choices', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect([...choiceOrder(seed * 7919, `node-${seed}`, 5)].sort()).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('shuffles: over many seeds every choice comes first about equally often', () => {
    const first = [0, 0, 0];
    for (let seed = 0; seed < 3000; seed++) first[choiceOrder(seed, 'overleg', 3)[0]]++;
    for (const count of first) expect(count).toBeGreaterThan(850);
  });

  it('shuffles different nodes of one attempt differently', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((node) => choiceOrder(42, node, 4).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});
