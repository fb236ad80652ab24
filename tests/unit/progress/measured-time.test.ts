import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../modules/progress/merge-progress.ts';
import { moduleTime } from '../../../modules/progress/module-time.ts';
import { addAttemptTime, addLessonTime } from '../../../modules/progress/progress-changes.ts';
import { exportProgress } from '../../../modules/progress/progress-file.ts';
import { readProgress } from '../../../modules/progress/read-progress.ts';
import { attemptId } from '../../../modules/scoring/attempt.ts';
import { answer, attempt, progress } from './helpers.ts';

const module = {
  id: 'onderwijs',
  lessons: [{ slug: 'signalen' }, { slug: 'gesprek' }],
  cases: [{ id: 'geldig' }],
};
const first = attempt(10);
const second = attempt(20);

describe('measured time in the progress record (version 3)', () => {
  it('migrates a version 2 record: everything in it is not measured, not zero', () => {
    const { time: _, ...v2 } = progress({
      lessons: ['onderwijs/signalen'],
      attempts: [first],
      answers: { 'onderwijs/signalen#a': answer(['x'], '2026-11-22T09:05:00.000Z') },
    });
    const read = readProgress({ ...v2, version: 2 });
    expect(read).toMatchObject({
      ok: true,
      migratedFrom: 2,
      value: { version: 3, time: { lessons: {}, attempts: {} } },
    });
    if (!read.ok) return;
    expect(moduleTime(module, read.value)).toEqual({
      seconds: 0,
      unmeasured: 2,
      caseAttempts: 1,
      questionTries: 1,
    });
  });

  it('adds whole seconds per lesson and per attempt, and sums a module over its items', () => {
    let p = progress({ lessons: ['onderwijs/signalen', 'onderwijs/gesprek'], attempts: [first, second] });
    p = addLessonTime(p, 'onderwijs/signalen', 100.7);
    p = addLessonTime(p, 'onderwijs/signalen', 20);
    p = addAttemptTime(p, attemptId(first), 300);
    p = addAttemptTime(p, attemptId(second), 0);
    expect(p.time).toEqual({ lessons: { 'onderwijs/signalen': 120 }, attempts: { [attemptId(first)]: 300 } });
    // The lesson "gesprek" and the second attempt have no time: not known.
    expect(moduleTime(module, p)).toMatchObject({ seconds: 420, unmeasured: 2, caseAttempts: 2 });
  });

  it('merges by the larger time per item, so a lesson counted in two tabs is not counted twice', () => {
    const a = addAttemptTime(addLessonTime(progress(), 'onderwijs/signalen', 90), attemptId(first), 60);
    const b = addAttemptTime(addLessonTime(progress(), 'onderwijs/signalen', 120), attemptId(second), 30);
    const merged = mergeProgress(a, b);
    expect(merged.time).toEqual({
      lessons: { 'onderwijs/signalen': 120 },
      attempts: { [attemptId(first)]: 60, [attemptId(second)]: 30 },
    });
    expect(mergeProgress(b, a)).toEqual(merged);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  it('keeps time through the export file, and leaves out a broken entry as not known', () => {
    const p = addLessonTime(progress({ lessons: ['onderwijs/signalen'] }), 'onderwijs/signalen', 75);
    expect(readProgress(exportProgress(p))).toEqual({ ok: true, value: p });
    const broken = {
      ...p,
      time: { lessons: { 'onderwijs/signalen': -3, 'onderwijs/gesprek': 1.5 }, attempts: { x: 5 } },
    };
    expect(readProgress(broken)).toMatchObject({ ok: true, value: { time: { lessons: {}, attempts: {} } } });
    expect(readProgress(broken)).not.toHaveProperty('notice');
  });
});
