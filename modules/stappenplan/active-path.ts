import type { StateValue } from 'xstate';

/** The path of the deepest active state, e.g. `beslissen.afweging3` (no parallel states here). */
export function activePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [[key, inner]] = Object.entries(value);
  return inner === undefined ? key : `${key}.${activePath(inner)}`;
}
