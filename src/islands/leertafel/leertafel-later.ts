import type { LeertafelStrings } from './leertafel-strings.ts';

// What a leertafel shows only once the trainer acts: the group's choice, the expert's answer, the route
// at the ending, and the strings of those and of the presenter keys' messages. Leertafel.tsx loads it
// right after the page is shown (so it is there offline too, like the case's later text), not with the
// page itself.
export { leertafelLaterStrings } from '../../i18n/leertafel-later-strings.ts';
export { LeertafelAnswer } from './LeertafelAnswer.tsx';
export { LeertafelChosen } from './LeertafelChosen.tsx';
export { LeertafelRoute } from './LeertafelRoute.tsx';

/**
 * The steps of the route, shown at an ending (leertafel-steps.ts, with the summary's code and texts):
 * Leertafel.tsx asks for them once the group has made a choice. Imported from here, so the page's own
 * code does not carry the list of files they need.
 */
export const loadSteps = () => import('../../../modules/case-run/leertafel-steps.ts');

/** This module once loaded, with every string of the leertafel (the page's and its own). */
export type LeertafelLater = typeof import('./leertafel-later.ts') & { strings: LeertafelStrings };
