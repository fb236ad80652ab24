import { hydrate } from 'preact';
import CasePlayer, { type CasePlayerProps } from './CasePlayer.tsx';

/** The element a case page renders the player in, and the script element with its props as JSON. */
export const PLAYER_HOST = 'speler';
export const PLAYER_PROPS = 'speler-props';

/**
 * Wakes the case player that the case page ([casus].astro) rendered, with the props it wrote beside it.
 * Not an Astro island: Astro writes its island runtime (about 1.7 KB gzip) into every page that has one,
 * the player is the only island on a case page, and Preact's own hydrate() is all it needs (as the
 * lesson's knowledge check, hydrate-knowledge-check.tsx). npm run bench -- "first visit" measures it.
 */
export function hydrateCasePlayer(doc: Document): void {
  const host = doc.getElementById(PLAYER_HOST);
  const props = doc.getElementById(PLAYER_PROPS);
  if (!host || !props?.textContent) return;
  hydrate(<CasePlayer {...(JSON.parse(props.textContent) as CasePlayerProps)} />, host);
}
