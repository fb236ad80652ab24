// What the case player shows only after a first choice or from stored attempts: the result, looking back
// on an attempt and the list of earlier attempts, with their strings. CasePlayer.tsx loads it apart, so a first visit takes
// its first choice without it. Their CSS comes with them (the build links it before this code runs).
import '../styles/player-later.css';
export { AttemptList } from './AttemptList.tsx';
export { earlierAttempts } from './earlier-attempts.ts';
export { PlayerResult } from './PlayerResult.tsx';
export { PlayerReview } from './PlayerReview.tsx';
export { playerLaterStrings } from '../i18n/player-later-strings.ts';
