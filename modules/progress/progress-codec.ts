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
 * (progress.ts).
 */
import { ATTEMPT_KIND, ATTEMPT_VERSION, attemptId, type Attempt } from '../scoring/attempt.ts';
import { decodeLog, encodeLog } from '../scoring/log-codec.ts';
import { answerFromVersion1, emptyProgress, progressSchema, type Answer, type Progress } from './progress.ts';
import {
  bitsToText,
  DIGITS,
  indexModule,
  textToBits,
  textToTime,
  timeToText,
  type ProgressModule,
} from './progress-module.ts';

export type { ProgressModule } from './progress-module.ts';

/** The size of SCORM 1.2 `cmi.suspend_data`. */
export const SUSPEND_DATA_LIMIT = 4096;
const FORMAT = 'p3';
/** The format before time was measured: still read. */
const FORMAT_V2 = 'p2';
/** The format before the tries were kept: still read. */
const FORMAT_V1 = 'p1';
/** Longer than any LMS field (SCORM 2004 allows 64,000), so longer text was not written by encodeProgress. */
const MAX_TEXT = 100_000;

/** The compact string, what was left out on request, or why there is none. */
export type EncodeProgressResult =
  | { ok: true; value: string; dropped: string[] }
  | { ok: false; code: 'past-niet'; message: string; items: string[] }
  | { ok: false; code: 'te-lang'; message: string; length: number; limit: number };

/** The progress read back from a compact string, or why it could not be. */
export type DecodeProgressResult =
  { ok: true; value: Progress } | { ok: false; code: 'ongeldig' | 'past-niet'; message: string };

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
    FORMAT,
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

const RIGHT = { g: true, f: false, o: null } as const;

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

/** Reads a compact string back into progress, given the same module content; never throws. */
export function decodeProgress(text: unknown, module: ProgressModule): DecodeProgressResult {
  try {
    return decode(text, module);
  } catch {
    return invalid; // a module given in a shape its type does not allow; the string is not to blame
  }
}

const invalid = {
  ok: false,
  code: 'ongeldig',
  message: 'De bewaarde voortgang is onleesbaar of ingekort.',
} as const;
const misfit = {
  ok: false,
  code: 'past-niet',
  message: 'De bewaarde voortgang hoort bij een andere versie van deze module en kan niet worden gelezen.',
} as const;

function decode(text: unknown, module: ProgressModule): DecodeProgressResult {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return invalid;
  const parts = text.split('~');
  const v1 = parts[0] === FORMAT_V1 && parts.length === 5;
  const v2 = parts[0] === FORMAT_V2 && parts.length === 6;
  if (!v1 && !v2 && !(parts[0] === FORMAT && parts.length === 8)) return invalid;
  const [, lessonText, answerText, attemptText, completedText, seedText = ''] = parts;
  const [lessonTimeText = '', attemptTimeText = ''] = parts.slice(6);
  const { lessons, questions } = indexModule(module);
  const progress = emptyProgress();

  const read = textToBits(lessonText);
  if (read === null) return invalid;
  if (read.some((i) => i >= lessons.length)) return misfit;
  progress.lessons = read.map((i) => lessons[i]).sort();

  const answers = answerText === '' ? [] : answerText.split(',');
  if (answers.length > questions.length) return misfit;
  for (const [i, entry] of answers.entries()) {
    if (entry === '') continue;
    const answer = v1
      ? decodeAnswerV1(entry, questions[i].options)
      : decodeAnswer(entry, questions[i].options);
    if (answer === 'ongeldig') return invalid;
    if (answer === 'past-niet') return misfit;
    progress.answers[questions[i].key] = answer;
  }

  for (const entry of attemptText === '' ? [] : attemptText.split(',')) {
    const match = /^([0-9a-z]+)\.([0-9a-z]+)\.(.*)$/.exec(entry);
    const startedAt = match && textToTime(match[2]);
    if (!match || !startedAt) return invalid;
    const found = module.cases[parseInt(match[1], 36)];
    if (!found) return misfit;
    const log = decodeLog(found.def, match[3]);
    if (!log.ok) return log.code === 'ongeldig' ? invalid : misfit;
    const { id: caseId, version: caseVersion } = found.def;
    const { seed, events } = log.value;
    progress.attempts.push({
      kind: ATTEMPT_KIND,
      version: ATTEMPT_VERSION,
      caseId,
      caseVersion,
      caseHash: found.hash,
      startedAt,
      seed,
      events,
    });
  }

  const lessonTimes = decodeSeconds(lessonTimeText);
  const attemptTimes = decodeSeconds(attemptTimeText);
  if (lessonTimes === null || attemptTimes === null) return invalid;
  if (lessonTimes.length > lessons.length || attemptTimes.length > progress.attempts.length) return misfit;
  for (const [i, seconds] of lessonTimes.entries())
    if (seconds !== undefined) progress.time.lessons[lessons[i]] = seconds;
  for (const [i, seconds] of attemptTimes.entries())
    if (seconds !== undefined) progress.time.attempts[attemptId(progress.attempts[i])] = seconds;

  if (completedText !== '') {
    const at = textToTime(completedText);
    if (!at) return invalid;
    progress.completed[module.id] = at;
  }
  if (seedText !== '') {
    const seed = /^[0-9a-z]{1,7}$/.test(seedText) ? parseInt(seedText, 36) : NaN;
    if (!(seed <= 0xffffffff)) return invalid;
    progress.seed = seed;
  }
  const checked = progressSchema.safeParse(progress);
  return checked.success ? { ok: true, value: checked.data } : misfit;
}

/** Seconds per entry (`undefined`: not measured), or `null` when the text is not such a list. */
function decodeSeconds(text: string): (number | undefined)[] | null {
  if (text === '') return [];
  const entries = text.split(',');
  if (entries.some((entry) => !/^(?:[0-9a-z]{1,5})?$/.test(entry))) return null;
  return entries.map((entry) => (entry === '' ? undefined : parseInt(entry, 36)));
}

type Decoded<T> = T | 'ongeldig' | 'past-niet';

function decodeAnswer(entry: string, options: readonly string[]): Decoded<Answer> {
  const fields = entry.split('.');
  if (!/^[0-9a-z]{1,6}$/.test(fields[0]) || ![4, 5, 7].includes(fields.length)) return 'ongeldig';
  const tries = parseInt(fields[0], 36);
  if (tries < 1) return 'ongeldig';
  const last = decodeTry(fields.slice(1, 4), options);
  if (typeof last === 'string') return last;
  if (fields.length === 5) return fields[4] === 'x' ? { tries, first: null, last } : 'ongeldig';
  // Without a first try of its own, the try that counts was the first: then it was judged.
  const first =
    fields.length === 4 ? { ...last, options: [...last.options] } : decodeTry(fields.slice(4), options);
  if (typeof first === 'string') return first;
  if (first.right === null) return 'ongeldig';
  return { tries, first: { ...first, right: first.right }, last };
}

function decodeTry(fields: string[], options: readonly string[]): Decoded<Answer['last']> {
  const [timeText, positions, rightText] = fields;
  const at = textToTime(timeText);
  if (!at || !Object.hasOwn(RIGHT, rightText)) return 'ongeldig';
  const chosen = decodePositions(positions, options);
  if (typeof chosen === 'string') return chosen;
  return { options: chosen, right: RIGHT[rightText as keyof typeof RIGHT], at };
}

function decodeAnswerV1(entry: string, options: readonly string[]): Decoded<Answer> {
  const match = /^([0-9a-z]+)\.([0-9a-zA-Z_-]+)$/.exec(entry);
  const at = match && textToTime(match[1]);
  if (!match || !at) return 'ongeldig';
  const chosen = decodePositions(match[2], options);
  return typeof chosen === 'string' ? chosen : answerFromVersion1({ options: chosen, at });
}

/** Option ids from their positions: each once, at least one. */
function decodePositions(text: string, options: readonly string[]): Decoded<string[]> {
  if (!/^[0-9a-zA-Z_-]+$/.test(text) || new Set(text).size !== text.length) return 'ongeldig';
  const chosen = [...text].map((char) => options[DIGITS.indexOf(char)]);
  return chosen.some((option) => option === undefined) ? 'past-niet' : (chosen as string[]);
}
