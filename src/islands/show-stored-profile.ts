import { readStoredProfile } from '../storage/organisation-store.ts';

/**
 * Shows "Bij ons" from the organisatieprofiel kept in this browser in the element
 * `[data-bij-ons]` (which carries the beroepsgroep, the course's groups and the texts as data).
 * Without a stored profile it loads nothing more; with one it loads the checker and Preact. A stored
 * profile that no longer passes the checks is not shown as if it did: the element says so, in Dutch,
 * and links to the page where it can be replaced or removed.
 */
export async function showStoredProfile(): Promise<void> {
  const place = document.querySelector<HTMLElement>('[data-bij-ons]');
  const text = readStoredProfile();
  if (!place || text === null) return;
  const { renderStoredProfile } = await import('./render-stored-profile.tsx');
  renderStoredProfile(place, text);
}
