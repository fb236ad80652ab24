import { describe, expect, it } from 'vitest';
import { forgetCourseData } from '../../../src/storage/forget-course-data.ts';
import { memoryStorage } from '../../../src/storage/memory-storage.ts';

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
