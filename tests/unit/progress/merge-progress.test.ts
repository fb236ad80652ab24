import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../modules/progress/memory-store.ts';
import { mergeProgress } from '../../../modules/progress/merge-progress.ts';
import { saveMerged } from '../../../modules/progress/save-merged.ts';
import { attempt, progress } from './helpers.ts';

const step = (choice: string) => ({ node: 'signalen', choice });
const tabA = progress({
  lessons: ['onderwijs/les-b', 'onderwijs/les-a'],
  answers: {
    'onderwijs/les-a#vraag-1': { options: ['ja'], at: '2026-11-22T09:00:00.000Z' },
    'onderwijs/les-a#vraag-2': { options: ['nee'], at: '2026-11-22T09:30:00.000Z' },
  },
  attempts: [attempt(10, [step('niets')]), attempt(20)],
  completed: { onderwijs: '2026-11-22T12:00:00.000Z' },
});
const tabB = progress({
  lessons: ['onderwijs/les-c', 'onderwijs/les-a'],
  answers: {
    'onderwijs/les-a#vraag-1': { options: ['nee'], at: '2026-11-22T09:10:00.000Z' },
    'onderwijs/les-a#vraag-2': { options: ['ja'], at: '2026-11-22T09:20:00.000Z' },
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
          'onderwijs/les-a#vraag-1': tabB.answers['onderwijs/les-a#vraag-1'],
          'onderwijs/les-a#vraag-2': tabA.answers['onderwijs/les-a#vraag-2'],
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
      answers: { 'onderwijs/les-a#vraag-1': { options: ['misschien'], at: '2026-11-22T09:10:00.000Z' } },
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
    const newer = JSON.stringify({ ...tabA, version: 2 });
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
