import { choiceOrder } from '../../modules/scoring/choice-order.ts';
import { mayHaveStoredProgressOrFrame } from '../storage/stored-progress.ts';

/** A new attempt begun before the player woke: the seed that ordered its first choices, and the choice taken. */
export interface EarlyChoice {
  seed: number;
  /** The id of the choice the learner pressed, or null. */
  choice: string | null;
}

/**
 * Lets a case page take its first choice while it loads. The page's own code comes one round trip after
 * its HTML (on the bench's slow 4G: 0.8 s later), so this runs inline, right after the player's HTML
 * (PlayerMoment renders the first moment's choices hidden, in their written order, with the case's
 * written choice ids on the list). With nothing stored it begins a new attempt as the player would: a
 * new seed, the choices shown in that seed's order, the first press taken and said in the player's
 * status. When the player wakes it takes over that attempt (earlyChoice) and makes the choice in the
 * case run, which judges it as every other. With stored progress (an attempt to resume, or an LMS) it
 * does nothing: the player reads what is stored first, and shows the choices after.
 */
export function takeFirstChoiceEarly(id: string, taken: string, failed: string): void {
  const host = document.getElementById(id);
  const list = host?.querySelector<HTMLElement>('ul[data-written]');
  const status = host?.querySelector('[role="status"]');
  if (!host || !list || !status) return;
  // The page's script (the next element: it wakes the player), or a file it imports, that does not load
  // (the network dropped): the player will not wake, so no choice is shown or taken, and the learner
  // reads why.
  const me = document.currentScript;
  addEventListener(
    'error',
    (event) => {
      if (!me || event.target !== me.nextElementSibling || !host.hasAttribute('data-ssr')) return;
      host.querySelector('.player-wait')?.remove();
      list.hidden = true;
      status.textContent = failed;
    },
    true,
  );
  if (mayHaveStoredProgressOrFrame()) return;
  const seed = globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
  const written = list.dataset.written!.split(' ');
  const items = new Map([...list.children].map((item) => [item.querySelector('button')?.value, item]));
  for (const i of choiceOrder(seed, list.dataset.node!, written.length)) {
    const item = items.get(written[i]);
    if (item) list.append(item);
  }
  host.querySelector('.player-wait')?.remove();
  list.hidden = false;
  host.dataset.seed = String(seed);
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    // Once awake (data-ssr gone) the player takes every press itself.
    if (!button || !host.hasAttribute('data-ssr') || host.dataset.choice !== undefined) return;
    host.dataset.choice = button.value;
    status.textContent = taken;
  });
}

/** The attempt takeFirstChoiceEarly began on the page, if it did. */
export function earlyChoice(host: HTMLElement): EarlyChoice | null {
  const { seed, choice } = host.dataset;
  return seed === undefined ? null : { seed: Number(seed), choice: choice ?? null };
}
