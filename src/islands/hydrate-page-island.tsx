import { hydrate, type ComponentType } from 'preact';

/**
 * Wakes a component that a page rendered with PageIsland.astro: the element `id` holds its HTML, the
 * script element `id`-props its props as JSON; once it is awake the element loses its `data-ssr`.
 * Not an Astro island: Astro writes its island runtime (the astro-island element, its props reviver and
 * directive: about 1.8 KB gzip) into every page that has one. A case page and a leertafel each have one
 * component to wake, at once, and Preact's own hydrate() is all that takes (as
 * hydrate-knowledge-check.tsx does for a lesson's knowledge check).
 */
export function hydratePageIsland<P extends object>(
  Component: ComponentType<P>,
  id: string,
  /** Props the page's HTML cannot hold: what happened on the page before it woke. */
  more: (host: HTMLElement) => Partial<P> = () => ({}),
): void {
  const host = document.getElementById(id);
  const props = document.getElementById(`${id}-props`)?.textContent;
  if (!host || !props) return;
  hydrate(<Component {...(JSON.parse(props) as P)} {...more(host)} />, host);
  host.removeAttribute('data-ssr');
}
