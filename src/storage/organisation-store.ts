import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';

/** Where this browser keeps the organisatieprofiel the learner added (its text, as added). */
export const ORGANISATION_KEY = 'meldcode:organisatie';
/** The organisation's name from that profile, for the certificate form (which loads no YAML reader). */
export const ORGANISATION_NAME_KEY = 'meldcode:organisatie:naam';
/**
 * The profile as it passed the checks, as JSON, for a page that loads no checker (the trainer's
 * handout, src/islands/handout-profile.ts). Written only here, after the checks; the text stays the record.
 */
export const ORGANISATION_CHECKED_KEY = 'meldcode:organisatie:gecontroleerd';

/** The stored profile text, or null; null too where the browser blocks storage. */
export function readStoredProfile(storage: () => Storage = () => globalThis.localStorage): string | null {
  try {
    return storage().getItem(ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/**
 * Keeps a profile that passed the checks in this browser only: its text, its organisation's name and
 * the checked profile as JSON. Throws where the browser blocks storage.
 */
export function storeProfile(
  text: string,
  profile: OrganisationProfile,
  storage: () => Storage = () => globalThis.localStorage,
): void {
  storage().setItem(ORGANISATION_KEY, text);
  storage().setItem(ORGANISATION_NAME_KEY, profile.organisatie);
  storage().setItem(ORGANISATION_CHECKED_KEY, JSON.stringify(profile));
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
  storage().removeItem(ORGANISATION_CHECKED_KEY);
}
