/** Where this browser keeps the organisatieprofiel the learner added (its text, as added). */
export const ORGANISATION_KEY = 'meldcode:organisatie';

/** The stored profile text, or null; null too where the browser blocks storage. */
export function readStoredProfile(storage: () => Storage = () => globalThis.localStorage): string | null {
  try {
    return storage().getItem(ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/** Keeps the profile text in this browser only. Throws where the browser blocks storage. */
export function storeProfile(text: string, storage: () => Storage = () => globalThis.localStorage): void {
  storage().setItem(ORGANISATION_KEY, text);
}

/** Removes the profile from this browser. */
export function removeStoredProfile(storage: () => Storage = () => globalThis.localStorage): void {
  storage().removeItem(ORGANISATION_KEY);
}
