import type { Seed } from './attempt.ts';

/**
 * The order in which an attempt shows the choices at a node, as indexes into the node's written
 * `choices`: a shuffle fixed by the attempt's seed and the node id, so the same attempt always shows
 * the same order (also on replay), and different nodes are shuffled differently. A `null` seed
 * (attempts from before seeds existed) gives the written order.
 */
export function choiceOrder(seed: Seed, nodeId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (seed === null) return order;
  const random = seededRandom((seed ^ textSeed(nodeId)) >>> 0);
  // Fisher–Yates: every permutation equally likely.
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * A small seeded generator (mulberry32): numbers in [0, 1), the same ones for the same seed. It is part
 * of the stored meaning of a seed: changing it changes what old attempts showed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit number from a text (FNV-1a): a seed or a salt that is the same wherever the text is. */
export function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
