import type { LogCase } from '../scoring/log-codec.ts';
import { lessonKey, questionKey } from './progress.ts';

/**
 * What the compact progress codec must know of one module (one beroepsgroep's course), in course
 * order: positions in these lists are what the compact string stores, so the same content must be
 * given to encode and decode.
 */
export interface ProgressModule {
  /** The beroepsgroep id: lesson keys are `<id>/<slug>`. */
  id: string;
  lessons: readonly {
    slug: string;
    questions: readonly { id: string; options: readonly { id: string }[] }[];
  }[];
  /** Each case with the hash that its attempts record (see scoring/hash-case.ts). */
  cases: readonly { def: LogCase & { id: string; version: number }; hash: string }[];
}

/** The module's lessons and questions as flat lists of progress keys, in course order. */
export function indexModule(module: ProgressModule) {
  return {
    lessons: module.lessons.map((lesson) => lessonKey(module.id, lesson.slug)),
    questions: module.lessons.flatMap((lesson) =>
      lesson.questions.map((question) => ({
        key: questionKey(module.id, lesson.slug, question.id),
        options: question.options.map((option) => option.id),
      })),
    ),
  };
}

/** The 64 URL-safe characters the compact formats count with (the same as the log codec). */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

/** Set bits as characters of six bits each, trailing empty characters left out. */
export function bitsToText(bits: readonly boolean[]): string {
  let text = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit++) if (bits[i + bit]) value |= 1 << bit;
    text += DIGITS[value];
  }
  return text.replace(/0+$/, '');
}

/** The indexes of the set bits in a text made by bitsToText; `null` if it has other characters. */
export function textToBits(text: string): number[] | null {
  const set: number[] = [];
  for (const [i, char] of [...text].entries()) {
    const value = DIGITS.indexOf(char);
    if (value < 0) return null;
    for (let bit = 0; bit < 6; bit++) if (value & (1 << bit)) set.push(i * 6 + bit);
  }
  return set;
}

/** A time as base-36 milliseconds since 1970, or `null` for a time the format cannot hold. */
export function timeToText(iso: string): string | null {
  const ms = Date.parse(iso);
  return Number.isSafeInteger(ms) && ms >= 0 ? ms.toString(36) : null;
}

/** The ISO time for base-36 milliseconds, or `null` for text that is not one. */
export function textToTime(text: string): string | null {
  if (!/^[0-9a-z]{1,9}$/.test(text)) return null;
  const date = new Date(parseInt(text, 36));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
