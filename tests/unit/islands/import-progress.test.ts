import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import { importProgress } from '../../../src/islands/import-progress.ts';
import { createLocalStore, PROGRESS_KEY } from '../../../src/storage/local-store.ts';

const strings = uiSection('myProgress.import.');

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const file = (parts: object) => JSON.stringify({ ...emptyProgress(), ...parts });

describe('importProgress', () => {
  it('merges the file with what this browser holds, never replacing it', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: file({ lessons: ['basis/hier'] }) });
    const outcome = await importProgress(
      createLocalStore(storage),
      'voortgang.json',
      file({ lessons: ['basis/daar'] }),
      strings,
    );
    expect(outcome.message).toBe(
      'Je voortgang uit voortgang.json is ingelezen en samengevoegd met wat er al stond.',
    );
    expect(outcome.state?.progress.lessons).toEqual(['basis/daar', 'basis/hier']);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).lessons).toEqual(['basis/daar', 'basis/hier']);
  });

  it('refuses a foreign, unreadable or newer file with the Dutch message, and changes nothing', async () => {
    const before = file({ lessons: ['basis/hier'] });
    const storage = memoryStorage({ [PROGRESS_KEY]: before });
    const store = createLocalStore(storage);
    for (const [text, start] of [
      ['{"certificaat": 1}', 'Dit is geen voortgang van Werken met de meldcode.'],
      ['niet eens json', 'Dit is geen leesbare voortgang'],
      [file({ version: 4 }), 'De voortgang komt uit een nieuwere versie van deze cursus'],
    ] as const) {
      const outcome = await importProgress(store, 'x.json', text, strings);
      expect(outcome.state).toBeUndefined();
      expect(outcome.message.startsWith(start), outcome.message).toBe(true);
    }
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('brings in what is whole of a partly damaged file and says what was left out', async () => {
    const outcome = await importProgress(
      createLocalStore(memoryStorage()),
      'half.json',
      file({ lessons: ['basis/les', 42], completed: { basis: 'gisteren' } }),
      strings,
    );
    expect(outcome.state?.progress.lessons).toEqual(['basis/les']);
    expect(outcome.message).toBe(
      'Je voortgang uit half.json is ingelezen en samengevoegd met wat er al stond. Een deel van je voortgang was beschadigd: 1 gelezen les en 1 afgeronde module konden niet worden gelezen en zijn weggelaten. De rest van je voortgang is bewaard.',
    );
  });

  it('writes nothing over a record from a newer site, and says nothing was read in', async () => {
    const future = file({ version: 5 });
    const storage = memoryStorage({ [PROGRESS_KEY]: future });
    const outcome = await importProgress(
      createLocalStore(storage),
      'x.json',
      file({ lessons: ['basis/les'] }),
      strings,
    );
    expect(outcome.message).toMatch(/nieuwere versie van deze cursus.*Er is niets ingelezen\.$/);
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
  });
});
