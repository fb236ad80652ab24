/**
 * Wakes the knowledge check in `host` once, when it comes into view or something in it gets focus
 * (as Astro's client:visible did, but its code is not in the page: it loads only then). Until then
 * the check is plain HTML that works as it is, and "Controleer" is already in the Tab order. When the
 * code cannot load (offline before it ever did), the next time the check comes into view or gets
 * focus tries again.
 */
export function wakeKnowledgeCheck(host: HTMLElement): void {
  let waking = false;
  const wake = () => {
    if (waking) return;
    waking = true;
    void import('./hydrate-knowledge-check.tsx').then(
      ({ hydrateKnowledgeCheck }) => {
        observer.disconnect();
        host.removeEventListener('focusin', wake);
        hydrateKnowledgeCheck(host);
      },
      () => (waking = false),
    );
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) wake();
  });
  observer.observe(host);
  host.addEventListener('focusin', wake);
}
