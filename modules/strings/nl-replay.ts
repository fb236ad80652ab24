/**
 * Why a log does not fit a case (strings/nl.ts, `nl.replay`): said when a stored attempt cannot be replayed
 * or a choice is not open. On its own, since the case run that says it loads before any other case words.
 */
export const replayText = {
  mismatch: 'Keuze {index} in het logboek past niet bij deze casus: {reason}',
  finished: 'de casus was al afgelopen.',
  otherNode: 'verwacht moment "{expected}", maar het logboek noemt "{actual}".',
  notPossible: 'keuze "{choice}" is hier niet mogelijk.',
} as const;
