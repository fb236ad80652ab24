import { describe, expect, it } from 'vitest';
import type { ModuleStatus } from '../../../modules/course/module-status.ts';
import { nextStep } from '../../../modules/course/next-step.ts';

const module = {
  lessons: [
    { slug: 'een', title: 'Les een' },
    { slug: 'twee', title: 'Les twee' },
  ],
  cases: [
    { id: 'a', title: 'Casus A' },
    { id: 'b', title: 'Casus B' },
  ],
};

/** A status with lessons read (and all their questions right) up to `read`, and the cases passed. */
function status(read: number, passed: string[], wrongIn: string[] = []): ModuleStatus {
  const lessons = module.lessons.map((l, i) => ({
    slug: l.slug,
    read: i < read,
    right: wrongIn.includes(l.slug) ? 0 : 2,
    firstTry: 0,
    questions: 2,
  }));
  return {
    lessons,
    totals: { lessonsRead: read, casesFinished: passed.length },
    remaining: {
      lessons: [],
      questions: 0,
      cases: module.cases.map((c) => c.id).filter((id) => !passed.includes(id)),
    },
  } as unknown as ModuleStatus;
}

describe('nextStep (the one primary button of a module page)', () => {
  it('is the first lesson when nothing is known or nothing was done', () => {
    expect(nextStep(module, null)).toEqual({ kind: 'les', slug: 'een', title: 'Les een', first: true });
    expect(nextStep(module, status(0, []))).toMatchObject({ kind: 'les', slug: 'een', first: true });
  });

  it('is the first lesson not read, or with a question not yet right', () => {
    expect(nextStep(module, status(1, []))).toEqual({
      kind: 'les',
      slug: 'twee',
      title: 'Les twee',
      first: false,
    });
    expect(nextStep(module, status(2, [], ['een']))).toMatchObject({ kind: 'les', slug: 'een', first: true });
  });

  it('then the first case not passed, then the certificate', () => {
    expect(nextStep(module, status(2, []))).toEqual({ kind: 'casus', id: 'a', title: 'Casus A' });
    expect(nextStep(module, status(2, ['a']))).toEqual({ kind: 'casus', id: 'b', title: 'Casus B' });
    expect(nextStep(module, status(2, ['a', 'b']))).toEqual({ kind: 'bewijs' });
  });
});
