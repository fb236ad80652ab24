/** Where the wijzer keeps a situation, only after the professional asked to save it on this device. */
export const WIJZER_KEY = 'meldcode:wijzer';

/**
 * Whether something of the wijzer is kept in this browser, readable or not, without reading it: the
 * wijzer then loads its code for a situation at once (the store, wijzer-store.ts, reads it). Never throws.
 */
export function wijzerKept(storage: () => Storage = () => globalThis.localStorage): boolean {
  try {
    return storage().getItem(WIJZER_KEY) !== null;
  } catch {
    return false;
  }
}
