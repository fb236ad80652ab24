import { describe, expect, it } from 'vitest';
import { forgetCourseData } from '../../../src/storage/forget-course-data.ts';

/** A Storage in memory with the methods forgetCourseData uses. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
}

describe('forgetCourseData', () => {
  it("removes every key of the course and leaves other sites' keys on the same origin alone", () => {
    const storage = memoryStorage({
      'meldcode:voortgang': '{}',
      'meldcode:voortgang:apart': 'kapot',
      'meldcode:wijzer': '{}',
      'meldcode:organisatie': 'organisatie: De Regenboog',
      'meldcode:organisatie:naam': 'De Regenboog',
      'meldcode:organisatie:gecontroleerd': '{}',
      'ander-programma': 'blijft',
    });
    forgetCourseData(storage);
    expect(Object.fromEntries(Array.from({ length: storage.length }, (_, i) => [storage.key(i), 1]))).toEqual(
      { 'ander-programma': 1 },
    );
  });
});
