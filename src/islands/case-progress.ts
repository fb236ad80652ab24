// What the case player needs to read and save progress, loaded apart from the player (use-case-run.ts):
// a first visit with nothing stored loads it only when the first choice is saved.
export { addAttemptTime } from '../../modules/progress/progress-changes.ts';
export { selectProgressStore } from '../storage/select-store.ts';
export { readState, updateProgress } from '../storage/update-progress.ts';
