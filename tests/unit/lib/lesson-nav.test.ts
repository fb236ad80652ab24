import { describe, expect, it } from 'vitest';
import { lessonNav } from '../../../src/lib/lesson-nav.ts';

const lessons = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];

describe('lessonNav', () => {
  it('gives the first lesson no previous one', () => {
    expect(lessonNav(lessons, 'a')).toEqual({
      position: 1,
      count: 3,
      previous: undefined,
      next: { slug: 'b' },
      last: false,
    });
  });

  it('gives a middle lesson both neighbours', () => {
    expect(lessonNav(lessons, 'b')).toEqual({
      position: 2,
      count: 3,
      previous: { slug: 'a' },
      next: { slug: 'c' },
      last: false,
    });
  });

  it('marks the last lesson, which leads on to the cases instead', () => {
    expect(lessonNav(lessons, 'c')).toMatchObject({ position: 3, next: undefined, last: true });
    expect(lessonNav([{ slug: 'enige' }], 'enige')).toMatchObject({ position: 1, count: 1, last: true });
  });

  it('throws for a lesson that is not in the module', () => {
    expect(() => lessonNav(lessons, 'x')).toThrow('lesson "x" is not in its module');
  });
});
