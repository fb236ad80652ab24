import type { UiSection } from '../i18n/ui.ts';

/** A step of the meldcode, as an organisatieprofiel names it. */
export type StepId = 'stap-1' | 'stap-2' | 'stap-3' | 'stap-4' | 'stap-5';

/** How a page shows the organisation's own meldcode (BijOns.astro): all of it, or a box for some steps. */
export type BijOnsView = { kind: 'naslag' } | { kind: 'box'; steps: StepId[] };

/**
 * The "Bij ons" strings each view shows (the naslag's with the notice for a broken stored profile). A
 * page that waits for a stored profile carries only these in its markup, not the whole section: on a
 * lesson that was about 750 B gzip of strings for /bij-ons/ itself (issue 22's lesson budget).
 */
export const bijOnsStringKeys = {
  box: ['bijOns.box.heading', 'bijOns.box.ask'],
  naslag: [
    'bijOns.heading',
    'bijOns.people',
    'bijOns.steps',
    'bijOns.agreements',
    'bijOns.colleague',
    'bijOns.meldcode',
    'bijOns.meldcode.link',
    'bijOns.note',
    'bijOns.broken',
    'bijOns.manage',
  ],
} as const satisfies Record<BijOnsView['kind'], readonly (keyof UiSection<'bijOns.'>)[]>;

/** The strings of the box on a lesson (OrganisationStepsBox). */
export type BoxStrings = Pick<UiSection<'bijOns.'>, (typeof bijOnsStringKeys.box)[number]>;
/** The strings of the whole profile on the naslag (OrganisationProfileView). */
export type NaslagStrings = Pick<UiSection<'bijOns.'>, (typeof bijOnsStringKeys.naslag)[number]>;

/** Only the strings `kind` shows, out of the whole section. */
export function bijOnsStrings<K extends BijOnsView['kind']>(
  kind: K,
  all: UiSection<'bijOns.'>,
): K extends 'box' ? BoxStrings : NaslagStrings {
  return Object.fromEntries(bijOnsStringKeys[kind].map((key) => [key, all[key]])) as K extends 'box'
    ? BoxStrings
    : NaslagStrings;
}
