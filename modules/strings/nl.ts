import { acuteText } from './nl-acute.ts';
import { caseText } from './nl-case.ts';
import { phaseText } from './nl-phase.ts';
import { replayText } from './nl-replay.ts';
import { discussionText } from './nl-discussion.ts';
import { resultText } from './nl-result.ts';
import { wijzerText } from './nl-wijzer.ts';

/**
 * Every Dutch text that the domain shows to a learner (names of steps, verdicts, result words,
 * messages about stored data), in one place: B1 level, "je". Author-facing check messages live
 * beside their checks; interface text of the site lives in src/i18n/ui.ts. The texts are written in
 * the files beside this one, one per part of the site (the case run, its result, the wijzer, the
 * leertafel); code that runs in the browser imports the part it shows, so a page loads only that.
 */
export const nl = {
  phase: phaseText,
  ...caseText,
  replay: replayText,
  ...acuteText,
  ...resultText,
  ...wijzerText,
  ...discussionText,
} as const;

export { fill } from './fill.ts';
