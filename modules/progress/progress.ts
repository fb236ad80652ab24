/**
 * The learner's progress: one record for the whole site, kept in the browser (or in an LMS) and
 * exported as a file on request. Scores are never stored: they are recomputed from each attempt's
 * log, so a content fix or a scoring fix reaches old attempts too. Shape of version 1:
 *
 * {
 *   "kind": "voortgang",
 *   "version": 1,
 *   "lessons": ["onderwijs/stappenplan-en-afwegingskader"],
 *   "answers": {
 *     "onderwijs/stappenplan-en-afwegingskader#meldrecht-toestemming": {
 *       "options": ["nee"],
 *       "at": "2026-11-22T09:05:00.000Z"
 *     }
 *   },
 *   "attempts": [
 *     {
 *       "kind": "poging", "version": 2, "caseId": "daan-blauwe-plekken", "caseVersion": 1,
 *       "caseHash": "sha256:9f2c…", "startedAt": "2026-11-22T09:10:00.000Z", "seed": 2718281828,
 *       "events": [{ "node": "overleg-ib", "choice": "ib-bellen", "at": "2026-11-22T09:11:00.000Z" }]
 *     }
 *   ],
 *   "completed": { "onderwijs": "2026-11-22T10:00:00.000Z" }
 * }
 *
 * - `lessons`: the lessons read, as `<beroepsgroep>/<slug>`, sorted.
 * - `answers`: the latest answer to each knowledge-check question, keyed `<beroepsgroep>/<slug>#<question id>`:
 *   the chosen option ids (in the order chosen) and when.
 * - `attempts`: every case attempt, each a full attempt record (see scoring/attempt.ts) with its own
 *   version, so attempts migrate on their own when their shape changes.
 * - `completed`: per module (beroepsgroep), when the learner completed it, if they did.
 *
 * Read it with readProgress (read-progress.ts), which migrates and salvages what it can.
 */
import { attemptSchema } from '../scoring/attempt.ts';
import * as shape from '../versioned/shape.ts';

export const PROGRESS_KIND = 'voortgang';
export const PROGRESS_VERSION = 1;

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

export const answerSchema = shape.object({
  /** The chosen option ids, each once. */
  options: shape.array(id, (ids) => ids.length > 0 && new Set(ids).size === ids.length),
  at: shape.isoDateTime(),
});
export type Answer = shape.Infer<typeof answerSchema>;

export const progressSchema = shape.object({
  kind: shape.literal(PROGRESS_KIND),
  version: shape.literal(PROGRESS_VERSION),
  lessons: shape.array(lessonKeySchema),
  answers: shape.record(questionKeySchema, answerSchema),
  attempts: shape.array(attemptSchema),
  completed: shape.record(moduleIdSchema, shape.isoDateTime()),
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
