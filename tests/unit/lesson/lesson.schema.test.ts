import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../modules/lesson/lesson.schema.ts';

const valid = { title: 'Signalen herkennen', summary: 'Wat is een signaal?', order: 1, minutes: 5 };

describe('lessonSchema', () => {
  it('accepts complete frontmatter', () => {
    expect(lessonSchema.parse(valid)).toEqual(valid);
  });

  it('rejects missing fields and names them', () => {
    const result = lessonSchema.safeParse({ title: 'Alleen een titel' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'summary',
      'order',
      'minutes',
    ]);
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    expect(lessonSchema.safeParse({ ...valid, minuten: 5 }).success).toBe(false);
  });

  it('rejects fractional or zero minutes', () => {
    expect(lessonSchema.safeParse({ ...valid, minutes: 2.5 }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...valid, minutes: 0 }).success).toBe(false);
  });
});
