/**
 * Reads a module's progress back from the compact string of progress-codec.ts (the format is described
 * there), the current format `p3` and the older `p2` and `p1`.
 */
import { ATTEMPT_KIND, ATTEMPT_VERSION, attemptId } from '../scoring/attempt.ts';
import { decodeLog } from '../scoring/log-codec.ts';
import { answerFromVersion1, emptyProgress, progressSchema, type Answer, type Progress } from './progress.ts';
import { DIGITS, indexModule, textToBits, textToTime, type ProgressModule } from './progress-module.ts';
import { PROGRESS_FORMAT } from './progress-codec.ts';

/** The format before time was measured: still read. */
const FORMAT_V2 = 'p2';
/** The format before the tries were kept: still read. */
const FORMAT_V1 = 'p1';
/** Longer than any LMS field (SCORM 2004 allows 64,000), so longer text was not written by encodeProgress. */
const MAX_TEXT = 100_000;

/** The progress read back from a compact string, or why it could not be. */
export type DecodeProgressResult =
  { ok: true; value: Progress } | { ok: false; code: 'ongeldig' | 'past-niet'; message: string };

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
  if (!v1 && !v2 && !(parts[0] === PROGRESS_FORMAT && parts.length === 8)) return invalid;
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

const RIGHT = { g: true, f: false, o: null } as const;

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
