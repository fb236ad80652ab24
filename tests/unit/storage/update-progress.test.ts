import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { createLocalStore, PROGRESS_KEY, SET_ASIDE_KEY } from '../../../src/storage/local-store.ts';
import { readState, updateProgress } from '../../../src/storage/update-progress.ts';
import { memoryStorage } from '../../../src/storage/memory-storage.ts';

const read = (lesson: string) => (p: ReturnType<typeof emptyProgress>) => ({
  ...p,
  lessons: [...p.lessons, lesson].sort(),
});

describe('progress in localStorage', () => {
  it('starts empty and keeps what is saved', async () => {
    const storage = memoryStorage();
    const store = createLocalStore(storage);
    expect(await readState(store)).toEqual({ progress: emptyProgress(), writable: true });
    await updateProgress(store, read('basis/waarom-de-meldcode'));
    expect((await readState(store)).progress.lessons).toEqual(['basis/waarom-de-meldcode']);
  });

  it('does not overwrite what another tab saved meanwhile', async () => {
    const storage = memoryStorage();
    const tabA = createLocalStore(storage);
    const tabB = createLocalStore(storage);
    await updateProgress(tabA, read('basis/a-les'));
    await updateProgress(tabB, read('basis/b-les'));
    expect((await readState(tabA)).progress.lessons).toEqual(['basis/a-les', 'basis/b-les']);
  });

  it('sets unreadable data aside instead of deleting it, and says so in Dutch', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"kind":"voortgang",' });
    const state = await readState(createLocalStore(storage));
    expect(state.writable).toBe(true);
    expect(state.notice).toMatch(/apart gezet/);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{"kind":"voortgang",');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('leaves a record from a newer version alone and writes nothing over it', async () => {
    const future = JSON.stringify({ ...emptyProgress(), version: 99 });
    const storage = memoryStorage({ [PROGRESS_KEY]: future });
    const state = await updateProgress(createLocalStore(storage), read('basis/les'));
    expect(state.writable).toBe(false);
    expect(state.notice).toBeTruthy();
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
  });

  it('keeps the whole parts of half-written data and says what was left out', async () => {
    const half = JSON.stringify({ ...emptyProgress(), lessons: ['basis/les', 42] });
    const state = await readState(createLocalStore(memoryStorage({ [PROGRESS_KEY]: half })));
    expect(state.progress.lessons).toEqual(['basis/les']);
    expect(state.notice).toBeTruthy();
  });

  it('tells the learner when the browser refuses storage, without a crash', async () => {
    const blocked = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
    } as Storage;
    const state = await readState(createLocalStore(blocked));
    expect(state).toMatchObject({ writable: false, notice: expect.stringMatching(/niets bewaren/) });
  });

  it('says when saving fails, for example when storage is full', async () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    const state = await updateProgress(createLocalStore(full), read('basis/les'));
    expect(state.notice).toMatch(/niet worden bewaard/);
  });

  it('reaches localStorage only when used, so a browser that forbids even looking at it gets the notice', async () => {
    // In Node there is no localStorage at all: the same as a browser where reading it throws.
    const state = await readState(createLocalStore());
    expect(state).toMatchObject({ writable: false, notice: expect.stringMatching(/niets bewaren/) });
  });
});
