import { readAttempt, type Attempt } from '../scoring/attempt.ts';
import { readVersioned, type ReadCode } from '../versioned/read-versioned.ts';
import * as shape from '../versioned/shape.ts';
import { mergeProgress } from './merge-progress.ts';
import {
  answerFromVersion1,
  answerSchema,
  answerV1Schema,
  emptyProgress,
  lessonKeySchema,
  moduleIdSchema,
  PROGRESS_KIND,
  PROGRESS_VERSION,
  progressSeedSchema,
  questionKeySchema,
  secondsSchema,
  attemptKeySchema,
  type Progress,
} from './progress.ts';
import { salvageNotice, type Dropped } from './salvage-notice.ts';

/** What reading progress gives: the record (with what had to be left out, if anything), or why not. */
export type ProgressRead =
  | { ok: true; value: Progress; migratedFrom?: number; dropped?: Dropped; notice?: string }
  | { ok: false; code: ReadCode; message: string };

const NEWER_ATTEMPT =
  'Je voortgang bevat een poging uit een nieuwere versie van deze cursus. Laad de pagina opnieuw, dan krijg je de nieuwste versie. Er is niets ingelezen en er is niets veranderd.';

// Sections are checked item by item after the envelope, so one broken attempt does not cost the rest.
const envelopeSchema = shape.object(
  {
    kind: shape.literal(PROGRESS_KIND),
    version: shape.literal(PROGRESS_VERSION),
    seed: shape.optional(shape.unknown()),
    lessons: shape.optional(shape.unknown()),
    answers: shape.optional(shape.unknown()),
    attempts: shape.optional(shape.unknown()),
    completed: shape.optional(shape.unknown()),
    time: shape.optional(shape.unknown()),
  },
  { strict: false },
);
const dateTime = shape.isoDateTime();

/**
 * Reads stored or imported progress (JSON text or parsed) with readVersioned, then keeps every
 * lesson, answer, attempt and completion that is whole and leaves out only the broken ones, saying
 * how many in `notice`. An attempt from a newer version of the site makes the whole read
 * `toekomstig`, so an older tab never drops (and then overwrites) what a newer one wrote.
 */
export function readProgress(data: unknown): ProgressRead {
  const envelope = readVersioned(data, {
    kind: PROGRESS_KIND,
    name: 'voortgang',
    article: 'de',
    current: PROGRESS_VERSION,
    schema: envelopeSchema,
    migrations: {
      1: (old) => ({ ...old, answers: answersFromVersion1(old.answers) }),
      // Version 2 measured no time: nothing in it has a time, which reads as "niet gemeten", never as 0.
      2: (old) => ({ ...old, time: { lessons: {}, attempts: {} } }),
    },
  });
  if (!envelope.ok) return envelope;
  const { seed, lessons, answers, attempts, completed, time } = envelope.value;
  const dropped: Dropped = { lessons: 0, answers: 0, attempts: 0, completed: 0 };
  const salvaged = emptyProgress();
  // A broken seed is not worth a word to the learner: the next knowledge check makes a new one.
  if (progressSeedSchema.safeParse(seed).success) salvaged.seed = seed as number;

  for (const key of list(lessons, () => dropped.lessons++)) {
    if (lessonKeySchema.safeParse(key).success) salvaged.lessons.push(key as string);
    else dropped.lessons++;
  }
  for (const [key, answer] of entries(answers, () => dropped.answers++)) {
    const parsed = answerSchema.safeParse(answer);
    if (questionKeySchema.safeParse(key).success && parsed.success) salvaged.answers[key] = parsed.data;
    else dropped.answers++;
  }
  const kept: Attempt[] = [];
  for (const stored of list(attempts, () => dropped.attempts++)) {
    const attempt = readAttempt(stored);
    if (attempt.ok) kept.push(attempt.value);
    else if (attempt.code === 'toekomstig') return { ok: false, code: 'toekomstig', message: NEWER_ATTEMPT };
    else dropped.attempts++;
  }
  salvaged.attempts = kept;
  for (const [key, at] of entries(completed, () => dropped.completed++)) {
    if (moduleIdSchema.safeParse(key).success && dateTime.safeParse(at).success) {
      salvaged.completed[key] = at as string;
    } else dropped.completed++;
  }

  // A broken time entry is left out without a word: that item's time is then not known, as before version 3.
  const times = (time ?? {}) as { lessons?: unknown; attempts?: unknown };
  for (const [key, seconds] of entries(times.lessons, () => {})) {
    if (lessonKeySchema.safeParse(key).success && secondsSchema.safeParse(seconds).success)
      salvaged.time.lessons[key] = seconds as number;
  }
  for (const [key, seconds] of entries(times.attempts, () => {})) {
    if (attemptKeySchema.safeParse(key).success && secondsSchema.safeParse(seconds).success)
      salvaged.time.attempts[key] = seconds as number;
  }

  // Merging with nothing sorts lessons and attempts and folds duplicate attempts into one.
  const value = mergeProgress(emptyProgress(), salvaged);
  const notice = salvageNotice(dropped);
  return {
    ok: true,
    value,
    ...(envelope.migratedFrom && { migratedFrom: envelope.migratedFrom }),
    ...(notice && { dropped, notice }),
  };
}

/**
 * Version 1 answers as version 2 keeps them: answered, not proven right (see progress.ts why). What
 * is not a whole version 1 answer is left as it is, so the salvage below counts it as broken.
 */
function answersFromVersion1(answers: unknown): unknown {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return answers;
  return Object.fromEntries(
    Object.entries(answers).map(([key, answer]) => {
      const old = answerV1Schema.safeParse(answer);
      return [key, old.success ? answerFromVersion1(old.data) : answer];
    }),
  );
}

function list(section: unknown, broken: () => void): unknown[] {
  if (section === undefined) return [];
  if (Array.isArray(section)) return section;
  broken();
  return [];
}

function entries(section: unknown, broken: () => void): [string, unknown][] {
  if (section === undefined) return [];
  if (typeof section === 'object' && section !== null && !Array.isArray(section))
    return Object.entries(section);
  broken();
  return [];
}
