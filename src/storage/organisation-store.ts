/** Where this browser keeps the organisatieprofiel the learner added (its text, as added). */
export const ORGANISATION_KEY = 'meldcode:organisatie';
/** The organisation's name from that profile, for the certificate form (which loads no YAML reader). */
export const ORGANISATION_NAME_KEY = 'meldcode:organisatie:naam';

/** The stored profile text, or null; null too where the browser blocks storage. */
export function readStoredProfile(storage: () => Storage = () => globalThis.localStorage): string | null {
  try {
    return storage().getItem(ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/** Keeps the checked profile text and its organisation's name in this browser only. Throws where the browser blocks storage. */
export function storeProfile(
  text: string,
  name: string,
  storage: () => Storage = () => globalThis.localStorage,
): void {
  storage().setItem(ORGANISATION_KEY, text);
  storage().setItem(ORGANISATION_NAME_KEY, name);
}

/** The stored profile's organisation name, or null. */
export function storedOrganisationName(
  storage: () => Storage = () => globalThis.localStorage,
): string | null {
  try {
    return storage().getItem(ORGANISATION_NAME_KEY);
  } catch {
    return null;
  }
}

/** Removes the profile from this browser. */
export function removeStoredProfile(storage: () => Storage = () => globalThis.localStorage): void {
  storage().removeItem(ORGANISATION_KEY);
  storage().removeItem(ORGANISATION_NAME_KEY);
}
