import { readStoredProfile } from '../storage/organisation-store.ts';

/**
 * Shows the organisatieprofiel kept in this browser in each `[data-bij-ons]` place on the page
 * (BijOns.astro: the naslag's "Bij ons", a lesson's or the module page's "Zo doen wij het"). Without a
 * stored profile it loads nothing more; with one it loads the checker and Preact. A stored profile that
 * no longer passes the checks is not shown as if it did: the naslag says so, in Dutch, and links to
 * the page where it can be replaced or removed.
 */
export async function showStoredProfile(): Promise<void> {
  const places = [...document.querySelectorAll<HTMLElement>('[data-bij-ons]')];
  const text = readStoredProfile();
  if (places.length === 0 || text === null) return;
  const { renderStoredProfile } = await import('./render-stored-profile.tsx');
  for (const place of places) renderStoredProfile(place, text);
}
