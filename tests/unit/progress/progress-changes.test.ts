import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../modules/progress/merge-progress.ts';
import {
  markLessonRead,
  markModuleCompleted,
  recordAnswer,
  withSeed,
} from '../../../modules/progress/progress-changes.ts';
import { answeredRight, answerFromVersion1 } from '../../../modules/progress/progress.ts';
import { readProgress } from '../../../modules/progress/read-progress.ts';
import { progress } from './helpers.ts';

const morning = new Date('2026-11-22T09:00:00.000Z');
const noon = new Date('2026-11-22T12:00:00.000Z');

describe('changes to the progress record', () => {
  it('marks a lesson read once, keeping the list sorted, without changing the record it got', () => {
    const before = progress({ lessons: ['onderwijs/zzz'] });
    const after = markLessonRead(before, 'onderwijs', 'signalen');
    expect(after.lessons).toEqual(['onderwijs/signalen', 'onderwijs/zzz']);
    expect(before.lessons).toEqual(['onderwijs/zzz']);
    expect(markLessonRead(after, 'onderwijs', 'signalen')).toBe(after);
  });

  const key = 'onderwijs/signalen#eerste-stap';
  const afternoon = new Date('2026-11-22T15:00:00.000Z');

  it('records a first try, in the order chosen, each option once, and whether it was right', () => {
    const first = recordAnswer(progress(), key, { options: ['c', 'a', 'c'], right: false }, morning);
    const tried = { options: ['c', 'a'], right: false, at: morning.toISOString() };
    expect(first.answers).toEqual({ [key]: { tries: 1, first: tried, last: tried } });
    expect(answeredRight(first.answers[key])).toBe(false);
  });

  it('keeps the first try and counts the tries until one is right; the question is done only then', () => {
    const wrong = recordAnswer(progress(), key, { options: ['c'], right: false }, morning);
    const again = recordAnswer(wrong, key, { options: ['b'], right: false }, noon);
    const right = recordAnswer(again, key, { options: ['a'], right: true }, afternoon);
    expect(right.answers[key]).toEqual({
      tries: 3,
      first: { options: ['c'], right: false, at: morning.toISOString() },
      last: { options: ['a'], right: true, at: afternoon.toISOString() },
    });
    expect([wrong, again, right].map((p) => answeredRight(p.answers[key]))).toEqual([false, false, true]);
    expect(wrong.answers[key]!.tries).toBe(1);
  });

  it('keeps a question answered right done when another tab checks it again', () => {
    const right = recordAnswer(progress(), key, { options: ['a'], right: true }, morning);
    const stale = recordAnswer(right, key, { options: ['c'], right: false }, noon);
    expect(stale.answers[key]).toEqual({ ...right.answers[key], tries: 2 });
    expect(answeredRight(stale.answers[key])).toBe(true);
  });

  it('answers a question kept from version 1 again: the first try stays unknown', () => {
    const old = progress({
      answers: { [key]: answerFromVersion1({ options: ['a'], at: morning.toISOString() }) },
    });
    expect(answeredRight(old.answers[key])).toBe(false);
    const now = recordAnswer(old, key, { options: ['a'], right: true }, noon);
    expect(now.answers[key]).toEqual({
      tries: 2,
      first: null,
      last: { options: ['a'], right: true, at: noon.toISOString() },
    });
    expect(answeredRight(now.answers[key])).toBe(true);
  });

  it('keeps the first try of either tab that tried first, and the most tries, when two tabs answered', () => {
    const tabA = recordAnswer(progress(), key, { options: ['a'], right: true }, noon);
    const tabB = recordAnswer(
      recordAnswer(progress(), key, { options: ['b'], right: false }, morning),
      key,
      { options: ['c'], right: false },
      afternoon,
    );
    expect(mergeProgress(tabA, tabB).answers[key]).toEqual({
      tries: 2,
      first: { options: ['b'], right: false, at: morning.toISOString() },
      last: { options: ['a'], right: true, at: noon.toISOString() },
    });
  });

  it('gives the record a seed for the order of options once, and keeps it', () => {
    const seeded = withSeed(progress(), 7);
    expect(seeded.seed).toBe(7);
    expect(withSeed(seeded, 9)).toBe(seeded);
    expect(progress().seed).toBeUndefined();
  });

  it('records a completed module once, with its first date', () => {
    const done = markModuleCompleted(progress(), 'onderwijs', morning);
    expect(done.completed).toEqual({ onderwijs: morning.toISOString() });
    expect(markModuleCompleted(done, 'onderwijs', noon)).toBe(done);
  });

  it('makes records that read back unchanged', () => {
    let p = markLessonRead(progress(), 'onderwijs', 'signalen');
    p = recordAnswer(p, 'onderwijs/signalen#eerste-stap', { options: ['a', 'b'], right: false }, morning);
    p = recordAnswer(p, 'onderwijs/signalen#eerste-stap', { options: ['b'], right: true }, noon);
    p = withSeed(p, 4294967295);
    p = markModuleCompleted(p, 'onderwijs', noon);
    expect(readProgress(JSON.stringify(p))).toEqual({ ok: true, value: p });
  });
});
