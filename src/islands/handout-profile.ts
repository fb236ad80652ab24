import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';

/** What the handout's page hands this script (data-handout-profile). */
interface Place {
  group: string;
  /** ORGANISATION_CHECKED_KEY of organisation-store.ts. */
  key: string;
  /** "Zo doen wij het bij {organisation}" */
  heading: string;
  /** "Vragen? Je aandachtsfunctionaris is" */
  ask: string;
}

const STEPS = ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5'] as const;

/**
 * The trainer's handout with the organisatieprofiel kept in this browser: a "Zo doen wij het" box with
 * the profile's line for each step and whom to ask, as OrganisationStepsBox shows a built-in one, but
 * as plain text for print (no links), set with textContent (nothing from the profile becomes HTML).
 * It reads the checked copy /bij-ons/ keeps (ORGANISATION_CHECKED_KEY), so the handout loads no checker.
 * This file imports nothing at run time: the page gets it inline, with no script to fetch, and a
 * handout without a stored profile does nothing more than read one key. Anything unexpected: no box.
 */
export function showHandoutProfile(): void {
  const place = document.querySelector<HTMLElement>('[data-handout-profile]');
  if (!place) return;
  try {
    const { group, key, heading, ask } = JSON.parse(place.dataset.handoutProfile!) as Place;
    const stored = localStorage.getItem(key);
    if (stored === null) return;
    const profile = JSON.parse(stored) as OrganisationProfile;
    // profileApplies (modules/organisation/profile-applies.ts), repeated: an import would cost the inline script.
    if (!(group === 'basis' || profile.beroepsgroepen.includes(group))) return;
    const box = element('aside');
    box.className = 'bij-ons-box';
    box.setAttribute('aria-labelledby', 'zo-doen-wij-het');
    const title = element('h2', heading.replace('{organisation}', String(profile.organisatie)));
    title.id = 'zo-doen-wij-het';
    box.append(title);
    const list = element('ul');
    for (const step of STEPS) {
      const line = profile.stappen?.[step];
      if (line) list.append(element('li', element('strong', `Stap ${step.slice(-1)}:`), ` ${line}`));
    }
    if (list.childElementCount > 0) box.append(list);
    const person = profile.aandachtsfunctionarissen[0];
    if (person) {
      const who = person.rol ? `, ${person.rol}` : '';
      const how = [person.telefoon, person.email, person.web, person.wanneer].filter(Boolean).join(', ');
      box.append(element('p', `${ask} `, element('strong', String(person.naam)), `${who}: ${how}`));
    }
    place.replaceChildren(box);
  } catch {
    // A copy that is not what /bij-ons/ wrote: the handout stays as it is.
  }
}

/** An element with its children: text (as text, never HTML) or elements. */
function element(tag: string, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}
