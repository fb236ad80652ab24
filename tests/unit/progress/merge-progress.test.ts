import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../modules/progress/memory-store.ts';
import { mergeProgress } from '../../../modules/progress/merge-progress.ts';
import { saveMerged } from '../../../modules/progress/save-merged.ts';
import { answerFromVersion1, type Answer } from '../../../modules/progress/progress.ts';
import { answer, attempt, progress } from './helpers.ts';

const step = (choice: string) => ({ node: 'signalen', choice });
const tabA = progress({
  lessons: ['onderwijs/les-b', 'onderwijs/les-a'],
  answers: {
    'onderwijs/les-a#vraag-1': answer(['ja'], '2026-11-22T09:00:00.000Z', false),
    'onderwijs/les-a#vraag-2': answer(['nee'], '2026-11-22T09:30:00.000Z'),
  },
  attempts: [attempt(10, [step('niets')]), attempt(20)],
  completed: { onderwijs: '2026-11-22T12:00:00.000Z' },
});
const tabB = progress({
  lessons: ['onderwijs/les-c', 'onderwijs/les-a'],
  answers: {
    'onderwijs/les-a#vraag-1': answer(['nee'], '2026-11-22T09:10:00.000Z'),
    'onderwijs/les-a#vraag-2': answer(['ja'], '2026-11-22T09:20:00.000Z', false),
  },
  attempts: [attempt(10, [step('niets'), step('noteren')]), attempt(5)],
  completed: { onderwijs: '2026-11-22T11:00:00.000Z', kinderopvang: '2026-11-23T08:00:00.000Z' },
});

describe('mergeProgress', () => {
  it('keeps the work of both tabs', () => {
    expect(mergeProgress(tabA, tabB)).toEqual(
      progress({
        lessons: ['onderwijs/les-a', 'onderwijs/les-b', 'onderwijs/les-c'],
        answers: {
          'onderwijs/les-a#vraag-1': {
            tries: 1,
            first: tabA.answers['onderwijs/les-a#vraag-1']!.first,
            last: tabB.answers['onderwijs/les-a#vraag-1']!.last,
          },
          'onderwijs/les-a#vraag-2': {
            tries: 1,
            first: tabB.answers['onderwijs/les-a#vraag-2']!.first,
            last: tabA.answers['onderwijs/les-a#vraag-2']!.last,
          },
        },
        attempts: [attempt(5), attempt(10, [step('niets'), step('noteren')]), attempt(20)],
        completed: { kinderopvang: '2026-11-23T08:00:00.000Z', onderwijs: '2026-11-22T11:00:00.000Z' },
      }),
    );
  });

  it('tells attempts apart by case, start and seed', () => {
    const merged = mergeProgress(
      progress({ attempts: [attempt(10, [], 1)] }),
      progress({ attempts: [attempt(10, [], 2)] }),
    );
    expect(merged.attempts).toHaveLength(2);
  });

  it('gives the same result in either order, grouped either way, and changes nothing merged with itself', () => {
    const tie = progress({
      answers: { 'onderwijs/les-a#vraag-1': answer(['misschien'], '2026-11-22T09:10:00.000Z') },
      attempts: [attempt(10, [step('noteren')])],
    });
    expect(JSON.stringify(mergeProgress(tabA, tabB))).toBe(JSON.stringify(mergeProgress(tabB, tabA)));
    expect(mergeProgress(tie, tabB)).toEqual(mergeProgress(tabB, tie));
    expect(mergeProgress(mergeProgress(tabA, tabB), tie)).toEqual(
      mergeProgress(tabA, mergeProgress(tabB, tie)),
    );
    const once = mergeProgress(tabA, tabB);
    expect(mergeProgress(once, once)).toEqual(once);
  });

  describe('answers to one question', () => {
    const key = 'onderwijs/les-a#vraag-1';
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
    const tried = (options: string[], right: boolean, minute: number) => ({ options, right, at: at(minute) });
    const merged = (a: Answer, b: Answer) =>
      mergeProgress(progress({ answers: { [key]: a } }), progress({ answers: { [key]: b } })).answers[key];
    const threeTries: Answer = { tries: 3, first: tried(['a'], false, 1), last: tried(['c'], true, 9) };
    const otherTab: Answer = { tries: 2, first: tried(['b'], false, 5), last: tried(['b'], false, 20) };

    it('keep the earliest first try, the most tries, and a right answer over a later wrong one', () => {
      const expected = { tries: 3, first: threeTries.first, last: threeTries.last };
      expect(merged(threeTries, otherTab)).toEqual(expected);
      expect(merged(otherTab, threeTries)).toEqual(expected);
    });

    it('keep the latest try while none is right', () => {
      const wrong: Answer = { ...threeTries, last: tried(['d'], false, 9) };
      expect(merged(wrong, otherTab)).toEqual({ tries: 3, first: threeTries.first, last: otherTab.last });
    });

    it('keep a first try that is not known (from version 1): it was made before any try this version recorded', () => {
      const old = answerFromVersion1({ options: ['a'], at: at(30) });
      expect(merged(old, threeTries)).toEqual({ tries: 3, first: null, last: threeTries.last });
      expect(merged(otherTab, old)).toEqual({ tries: 2, first: null, last: old.last });
    });
  });

  it('keeps one seed for the order of options, whichever tab set it, the same in either order', () => {
    expect(mergeProgress(progress({ seed: 9 }), progress()).seed).toBe(9);
    expect(mergeProgress(progress(), progress({ seed: 9 })).seed).toBe(9);
    expect(mergeProgress(progress({ seed: 9 }), progress({ seed: 4 })).seed).toBe(4);
    expect(mergeProgress(progress({ seed: 4 }), progress({ seed: 9 })).seed).toBe(4);
    expect('seed' in mergeProgress(progress(), progress())).toBe(false);
  });

  it('does not mistake a module id for a property every object has', () => {
    const merged = mergeProgress(
      progress({ completed: { constructor: '2026-11-22T11:00:00.000Z' } }),
      progress(),
    );
    expect(merged.completed).toEqual({ constructor: '2026-11-22T11:00:00.000Z' });
  });
});

describe('two tabs saving to one store', () => {
  it('do not overwrite each other when they save merged', async () => {
    const store = createMemoryStore();
    expect(await store.load()).toBeNull();
    await saveMerged(store, tabA);
    const saved = await saveMerged(store, tabB);
    expect(saved).toEqual({ ok: true, value: mergeProgress(tabA, tabB) });
    expect(await store.load()).toEqual({ ok: true, value: mergeProgress(tabA, tabB) });
  });

  it('leave a record from a newer version alone', async () => {
    const newer = JSON.stringify({ ...tabA, version: 4 });
    const store = createMemoryStore(newer);
    expect(await saveMerged(store, tabB)).toMatchObject({ ok: false, code: 'toekomstig' });
    expect(store.text).toBe(newer);
  });

  it('can start over', async () => {
    const store = createMemoryStore();
    await store.save(tabA);
    await store.clear();
    expect(await store.load()).toBeNull();
  });
});
