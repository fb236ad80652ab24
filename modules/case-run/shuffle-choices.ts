/** A random 32-bit seed for a new attempt (crypto where available, so two attempts rarely share an order). */
export function randomSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0];
}

/** FNV-1a: a small, stable string hash, so a node's order depends on the seed and the node's id only. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32: a tiny deterministic PRNG; fairness needs unpredictability per attempt, not cryptography. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The order in which an attempt shows a node's choices: a Fisher–Yates shuffle seeded by the attempt's
 * seed and the node id, so a replay and a retry at the same node show the same order. `null` as seed
 * keeps the written order (attempts made before choices were shuffled).
 */
export function shuffleChoices<T>(items: readonly T[], seed: number | null, nodeId: string): T[] {
  const order = [...items];
  if (seed === null) return order;
  const next = random(hash(nodeId, seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
