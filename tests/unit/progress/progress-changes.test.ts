import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../modules/progress/merge-progress.ts';
import {
  markLessonRead,
  markModuleCompleted,
  recordAnswer,
} from '../../../modules/progress/progress-changes.ts';
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

  it('records the latest answer to a question, in the order chosen, each option once', () => {
    const first = recordAnswer(progress(), 'onderwijs/signalen#eerste-stap', ['c', 'a'], morning);
    expect(first.answers).toEqual({
      'onderwijs/signalen#eerste-stap': { options: ['c', 'a'], at: morning.toISOString() },
    });
    const second = recordAnswer(first, 'onderwijs/signalen#eerste-stap', ['b', 'b'], noon);
    expect(second.answers['onderwijs/signalen#eerste-stap']).toEqual({
      options: ['b'],
      at: noon.toISOString(),
    });
    expect(first.answers['onderwijs/signalen#eerste-stap']!.options).toEqual(['c', 'a']);
  });

  it('keeps the later answer when two tabs answered the same question', () => {
    const key = 'onderwijs/signalen#eerste-stap';
    const tabA = recordAnswer(progress(), key, ['a'], noon);
    const tabB = recordAnswer(progress(), key, ['b'], morning);
    expect(mergeProgress(tabA, tabB).answers[key]!.options).toEqual(['a']);
  });

  it('records a completed module once, with its first date', () => {
    const done = markModuleCompleted(progress(), 'onderwijs', morning);
    expect(done.completed).toEqual({ onderwijs: morning.toISOString() });
    expect(markModuleCompleted(done, 'onderwijs', noon)).toBe(done);
  });

  it('makes records that read back unchanged', () => {
    let p = markLessonRead(progress(), 'onderwijs', 'signalen');
    p = recordAnswer(p, 'onderwijs/signalen#eerste-stap', ['a', 'b'], morning);
    p = markModuleCompleted(p, 'onderwijs', noon);
    expect(readProgress(JSON.stringify(p))).toEqual({ ok: true, value: p });
  });
});
