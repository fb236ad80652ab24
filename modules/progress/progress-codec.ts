/**
 * The progress of one module as a compact string, for SCORM 1.2 `cmi.suspend_data` (at most 4,096
 * characters). Eight parts, split by `~`:
 *
 *   p3~3~1.mx5fi9iu.1.g,4.mx5fk0aa.02.g.mx5fj1cc.1.f~0.mx5fm1bb.1.1z141z3.0102110~mx5fz9zz~1fz9p3~bk,9o~nh
 *   │  │ │                                           │                             │        │      │     └ attempt times
 *   │  │ │                                           │                             │        │      └ lesson times
 *   │  │ │                                           │                             │        └ seed, or empty
 *   │  │ │                                           │                             └ completed: time, or empty
 *   │  │ │                                           └ attempts, split by `,`: case position . startedAt . compact log (log-codec.ts)
 *   │  │ └ one entry per question in course order, split by `,`: empty (unanswered), or
 *   │  │   tries . the try that counts [ . the first try, when it is another one, or `x` when not known ]
 *   │  │   where a try is time . chosen option positions . `g` right, `f` wrong, `o` not known
 *   │  └ lessons read: a bitset over the module's lessons in course order, six lessons a character
 *   └ format version
 *
 * Lesson times: per lesson in course order, attempt times: per attempt in the order of the attempts
 * part, each the measured active seconds in base 36, or empty when not measured (progress.ts: not
 * known is not zero); both split by `,`, trailing empty entries left out. A time of an attempt that
 * is not written is not written either.
 *
 * Times and numbers are base 36 (times in milliseconds). Positions count in the module's content,
 * which encode and decode must both be given. Everything round-trips except the time of each
 * decision in an attempt, which the compact log does not keep. What does not belong to the module
 * (another module's lesson, an attempt at another case version) cannot be written: the encoder says
 * what, and leaves it out only when asked to. It never cuts the string short: too long is an error
 * with the length.
 *
 * Format `p2` (six parts, before time was measured) is still read, its lessons and attempts as not
 * measured. Format `p1` (five parts, written before the tries were kept) is still read too: its
 * answer entries are time . chosen option positions, the latest answer, read as a version 1 answer
 * (progress.ts). decode-progress.ts reads all three back.
 */
import { attemptId, type Attempt } from '../scoring/attempt.ts';
import { encodeLog } from '../scoring/log-codec.ts';
import type { Answer, Progress } from './progress.ts';
import { bitsToText, DIGITS, indexModule, timeToText, type ProgressModule } from './progress-module.ts';

export type { ProgressModule } from './progress-module.ts';

/** The size of SCORM 1.2 `cmi.suspend_data`. */
export const SUSPEND_DATA_LIMIT = 4096;
/** The format written now (p1 and p2 are still read: decode-progress.ts). */
export const PROGRESS_FORMAT = 'p3';

/** The compact string, what was left out on request, or why there is none. */
export type EncodeProgressResult =
  | { ok: true; value: string; dropped: string[] }
  | { ok: false; code: 'past-niet'; message: string; items: string[] }
  | { ok: false; code: 'te-lang'; message: string; length: number; limit: number };

/** Encodes one module's progress; `dropUnfit` leaves out (and lists) what does not belong to the module. */
export function encodeProgress(
  progress: Progress,
  module: ProgressModule,
  { limit = SUSPEND_DATA_LIMIT, dropUnfit = false }: { limit?: number; dropUnfit?: boolean } = {},
): EncodeProgressResult {
  const { lessons, questions } = indexModule(module);
  const unfit: string[] = [];
  const read = lessons.map((key) => progress.lessons.includes(key));
  unfit.push(...progress.lessons.filter((key) => !lessons.includes(key)).map((key) => `les ${key}`));
  const known = new Set(questions.map((question) => question.key));
  unfit.push(
    ...Object.keys(progress.answers)
      .filter((key) => !known.has(key))
      .map((key) => `antwoord ${key}`),
  );
  const answers = questions.map(({ key, options }) => {
    if (!Object.hasOwn(progress.answers, key)) return '';
    const entry = encodeAnswer(progress.answers[key], options);
    if (entry === null) unfit.push(`antwoord ${key}`);
    return entry ?? '';
  });
  const attempts: string[] = [];
  const attemptTimes: string[] = [];
  for (const attempt of progress.attempts) {
    const entry = encodeAttempt(attempt, module);
    if (entry === null) unfit.push(`poging ${attemptId(attempt)}`);
    else {
      attempts.push(entry);
      attemptTimes.push(secondsText(progress.time.attempts, attemptId(attempt)));
    }
  }
  const lessonTimes = lessons.map((key) => secondsText(progress.time.lessons, key));
  unfit.push(
    ...Object.keys(progress.time.lessons)
      .filter((key) => !lessons.includes(key))
      .map((key) => `tijd van les ${key}`),
  );
  let completed = '';
  for (const [moduleId, at] of Object.entries(progress.completed)) {
    const time = moduleId === module.id ? timeToText(at) : null;
    if (time === null) unfit.push(`afgeronde module ${moduleId}`);
    else completed = time;
  }
  if (unfit.length > 0 && !dropUnfit) {
    const message = `Deze voortgang past niet bij de module "${module.id}" en kan niet kort worden bewaard: ${unfit.join('; ')}.`;
    return { ok: false, code: 'past-niet', message, items: unfit };
  }
  const value = [
    PROGRESS_FORMAT,
    bitsToText(read),
    answers.join(',').replace(/,+$/, ''),
    attempts.join(','),
    completed,
    progress.seed === undefined ? '' : progress.seed.toString(36),
    lessonTimes.join(',').replace(/,+$/, ''),
    attemptTimes.join(',').replace(/,+$/, ''),
  ].join('~');
  if (value.length > limit) {
    const message = `De voortgang is te groot om in het leerplatform te bewaren (${value.length} tekens, de grens is ${limit}).`;
    return { ok: false, code: 'te-lang', message, length: value.length, limit };
  }
  return { ok: true, value, dropped: unfit };
}

/** Measured seconds in base 36, or empty when not measured. */
function secondsText(times: Record<string, number>, key: string): string {
  return Object.hasOwn(times, key) ? times[key].toString(36) : '';
}

function encodeAnswer(answer: Answer, options: string[]): string | null {
  const last = encodeTry(answer.last, options);
  const first = encodeTry(answer.first, options);
  if (last === null || first === null) return null;
  const tail = first === undefined ? '.x' : first === last ? '' : `.${first}`;
  return `${answer.tries.toString(36)}.${last}${tail}`;
}

/** `time.positions.g|f|o`; `undefined` for no try, `null` for a try the format cannot hold. */
function encodeTry(
  tried: { options: string[]; right: boolean | null; at: string } | null,
  options: string[],
): string | null | undefined {
  if (tried === null) return undefined;
  const positions = encodePositions(tried.options, options);
  const time = timeToText(tried.at);
  if (time === null || positions === null) return null;
  return `${time}.${positions}.${tried.right === true ? 'g' : tried.right === false ? 'f' : 'o'}`;
}

function encodePositions(chosen: string[], options: string[]): string | null {
  const positions = chosen.map((option) => options.indexOf(option));
  if (positions.some((p) => p < 0 || p >= DIGITS.length)) return null;
  return positions.map((p) => DIGITS[p]).join('');
}

function encodeAttempt(attempt: Attempt, module: ProgressModule): string | null {
  const position = module.cases.findIndex(
    ({ def, hash }) =>
      def.id === attempt.caseId && def.version === attempt.caseVersion && hash === attempt.caseHash,
  );
  const time = timeToText(attempt.startedAt);
  if (position < 0 || time === null) return null;
  const log = encodeLog(module.cases[position].def, attempt);
  return log.ok ? `${position.toString(36)}.${time}.${log.value}` : null;
}
