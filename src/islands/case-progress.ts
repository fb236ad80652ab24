// What the case player needs to read and save progress, to say what it found and to measure active
// time, loaded apart from the player (use-case-run.ts): a first visit with nothing stored loads it after
// the first paint.
export { playerStartStrings } from '../i18n/player-start-strings.ts';
export { addAttemptTime } from '../../modules/progress/progress-changes.ts';
export { selectProgressStore } from '../storage/select-store.ts';
export { readState, updateProgress } from '../storage/update-progress.ts';
export { trackActiveTime } from './track-active-time.ts';
