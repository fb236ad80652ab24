import type { LeertafelStrings } from './leertafel-strings.ts';

// What a leertafel shows only once the trainer acts: the group's choice, the expert's answer, the route
// at the ending, and the strings of those and of the presenter keys' messages. Leertafel.tsx loads it
// right after the page is shown (so it is there offline too, like the case's later text), not with the
// page itself.
export { leertafelLaterStrings } from '../../i18n/leertafel-later-strings.ts';
export { LeertafelAnswer } from './LeertafelAnswer.tsx';
export { LeertafelChosen } from './LeertafelChosen.tsx';
export { LeertafelRoute } from './LeertafelRoute.tsx';

/** This module once loaded, with every string of the leertafel (the page's and its own). */
export type LeertafelLater = typeof import('./leertafel-later.ts') & { strings: LeertafelStrings };
