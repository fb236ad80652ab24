/**
 * The learner's progress: one record for the whole site, kept in the browser (or in an LMS) and
 * exported as a file on request. Scores are never stored: they are recomputed from each attempt's
 * log, so a content fix or a scoring fix reaches old attempts too. Shape of version 3:
 *
 * {
 *   "kind": "voortgang",
 *   "version": 3,
 *   "seed": 3141592653,
 *   "lessons": ["onderwijs/stappenplan-en-afwegingskader"],
 *   "answers": {
 *     "onderwijs/stappenplan-en-afwegingskader#meldrecht-toestemming": {
 *       "tries": 2,
 *       "first": { "options": ["ja"], "right": false, "at": "2026-11-22T09:05:00.000Z" },
 *       "last": { "options": ["nee"], "right": true, "at": "2026-11-22T09:06:00.000Z" }
 *     }
 *   },
 *   "attempts": [
 *     {
 *       "kind": "poging", "version": 2, "caseId": "daan-blauwe-plekken", "caseVersion": 1,
 *       "caseHash": "sha256:9f2c…", "startedAt": "2026-11-22T09:10:00.000Z", "seed": 2718281828,
 *       "events": [{ "node": "overleg-ib", "choice": "ib-bellen", "at": "2026-11-22T09:11:00.000Z" }]
 *     }
 *   ],
 *   "completed": { "onderwijs": "2026-11-22T10:00:00.000Z" },
 *   "time": {
 *     "lessons": { "onderwijs/stappenplan-en-afwegingskader": 412 },
 *     "attempts": { "daan-blauwe-plekken@1795338600000#2718281828": 845 }
 *   }
 * }
 *
 * - `seed` (optional, a uint32): fixes the order in which this learner sees the options of each
 *   knowledge-check question, per try (scoring/option-order.ts). The first lesson page that shows a
 *   check sets it; a record without one has not shown a check with JavaScript yet.
 * - `lessons`: the lessons read, as `<beroepsgroep>/<slug>`, sorted.
 * - `answers`: per knowledge-check question, keyed `<beroepsgroep>/<slug>#<question id>`: `tries`, how
 *   many times the learner checked an answer; `first`, the first try (the options chosen, in the order
 *   chosen, whether that was right, and when), kept for good: the LMS gets this one; `last`, the try
 *   that counts: the latest, but once a try was right that one stays (a question answered right stays
 *   done). A question is done when `last.right` is true (answeredRight). Whether a try was right is
 *   judged when the learner checks it, against the question as it was shown, and stored: questions
 *   have no versions (cases do), so an old try could not be judged again later, and the first-try
 *   result is a fact of that moment.
 * - `attempts`: every case attempt, each a full attempt record (see scoring/attempt.ts) with its own
 *   version, so attempts migrate on their own when their shape changes.
 * - `completed`: per module (beroepsgroep), when the learner completed it, if they did.
 * - `time`: measured active time in whole seconds (active-time.ts says what counts), per lesson (by
 *   lesson key) and per case attempt (by attemptId). An item without an entry has no measured time:
 *   its time is not known, which is not the same as zero (a record from before version 3, or a lesson
 *   read without JavaScript). Tries are not kept here: a question's `tries` counts knowledge-check
 *   tries and `attempts` are the case tries.
 *
 * Version 2 had no `time`: it migrates with empty maps, so every lesson read and attempt made before
 * stays "niet gemeten" (moduleTime in module-time.ts tells measured from not known).
 *
 * Version 1 had no `seed` and kept per question only the latest answer, `{ options, at }`, without
 * whether it was right. Then any answer counted, the right answer could be opened before choosing,
 * and a wrong answer could be changed after the right one was shown. So neither the first try nor
 * whether the learner knew the answer can be told from it: a version 1 answer becomes
 * `{ tries: 1, first: null, last: { options, at, right: null } }` (answerFromVersion1), which counts
 * as answered but not proven right, and the learner answers the question again. `tries: 1` is the
 * least it can have been; `first: null` stays, so no LMS ever gets a first-try result that was not one.
 *
 * Read it with readProgress (read-progress.ts), which migrates and salvages what it can.
 */
import { attemptSchema } from '../scoring/attempt.ts';
import * as shape from '../versioned/shape.ts';

export const PROGRESS_KIND = 'voortgang';
export const PROGRESS_VERSION = 3;

// Checked with versioned/shape.ts rather than zod: progress is read in the browser (see there why).
const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';
const id = shape.string(new RegExp(`^${kebab}$`));

/** A module is known by its beroepsgroep id. */
export const moduleIdSchema = id;

/** `<beroepsgroep>/<slug>` of a lesson. */
export const lessonKeySchema = shape.string(new RegExp(`^${kebab}/${kebab}$`));
/** `<beroepsgroep>/<slug>#<question id>` of a knowledge-check question. */
export const QUESTION_KEY = new RegExp(`^${kebab}/${kebab}#${kebab}$`);
export const questionKeySchema = shape.string(QUESTION_KEY);

/** The chosen option ids, each once, in the order chosen. */
const chosenSchema = shape.array(id, (ids) => ids.length > 0 && new Set(ids).size === ids.length);

/** A version 1 answer: the latest options chosen, and when; nothing about right or wrong. */
export const answerV1Schema = shape.object({ options: chosenSchema, at: shape.isoDateTime() });
export type AnswerV1 = shape.Infer<typeof answerV1Schema>;

/** The first try at a question: what was chosen, whether it was right, and when. */
export const firstTrySchema = shape.object({
  options: chosenSchema,
  right: shape.boolean(),
  at: shape.isoDateTime(),
});
/** The try that counts; `right: null` only for an answer kept from version 1 (not known). */
export const lastTrySchema = shape.object({
  options: chosenSchema,
  right: shape.nullable(shape.boolean()),
  at: shape.isoDateTime(),
});
export type FirstTry = shape.Infer<typeof firstTrySchema>;
export type LastTry = shape.Infer<typeof lastTrySchema>;

export const answerSchema = shape.object({
  tries: shape.int(1),
  /** `null`: not known (an answer kept from version 1). */
  first: shape.nullable(firstTrySchema),
  last: lastTrySchema,
});
export type Answer = shape.Infer<typeof answerSchema>;

/** Fixes the order of knowledge-check options for this learner (scoring/option-order.ts). */
export const progressSeedSchema = shape.int(0, 0xffffffff);

/** Measured active time in whole seconds; at most a year per item, far above any real one. */
export const secondsSchema = shape.int(0, 366 * 24 * 3600);
/** An attemptId (scoring/attempt.ts): `<case id>@<start in ms>#<seed or "geschreven">`. */
export const attemptKeySchema = shape.string(/^.+@-?\d+#(?:\d+|geschreven)$/);
export const timeSchema = shape.object({
  lessons: shape.record(lessonKeySchema, secondsSchema),
  attempts: shape.record(attemptKeySchema, secondsSchema),
});
export type MeasuredTime = shape.Infer<typeof timeSchema>;

export const progressSchema = shape.object({
  kind: shape.literal(PROGRESS_KIND),
  version: shape.literal(PROGRESS_VERSION),
  seed: shape.optional(progressSeedSchema),
  lessons: shape.array(lessonKeySchema),
  answers: shape.record(questionKeySchema, answerSchema),
  attempts: shape.array(attemptSchema),
  completed: shape.record(moduleIdSchema, shape.isoDateTime()),
  time: timeSchema,
});
export type Progress = shape.Infer<typeof progressSchema>;

/** The progress of a learner who has done nothing yet. */
export function emptyProgress(): Progress {
  return {
    kind: PROGRESS_KIND,
    version: PROGRESS_VERSION,
    lessons: [],
    answers: {},
    attempts: [],
    completed: {},
    time: { lessons: {}, attempts: {} },
  };
}

/** The key of a lesson in the progress record. */
export function lessonKey(beroepsgroep: string, slug: string): string {
  return `${beroepsgroep}/${slug}`;
}

/** The key of a knowledge-check question in the progress record. */
export function questionKey(beroepsgroep: string, slug: string, questionId: string): string {
  return `${beroepsgroep}/${slug}#${questionId}`;
}

/** A version 1 answer as version 2 keeps it: answered, but not proven right (see the top of this file). */
export function answerFromVersion1(old: AnswerV1): Answer {
  return { tries: 1, first: null, last: { options: [...old.options], right: null, at: old.at } };
}

/** The stored answer to a question, if there is one. */
export function answerTo(progress: Progress, key: string): Answer | undefined {
  return Object.hasOwn(progress.answers, key) ? progress.answers[key] : undefined;
}

/**
 * Whether a knowledge-check question is done: answered right. The one test every place that judges
 * a module uses (module status, certificates, the LMS), so they agree. An answer kept from version 1
 * (`right: null`) is not done.
 */
export function answeredRight(answer: Answer | undefined): boolean {
  return answer?.last.right === true;
}
