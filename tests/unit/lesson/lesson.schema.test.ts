import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../modules/lesson/lesson.schema.ts';

const question = (id: string) => ({
  id,
  kind: 'single',
  prompt: 'Heb je toestemming nodig om te melden?',
  options: [
    { id: 'ja', text: 'Ja.', correct: false },
    { id: 'nee', text: 'Nee, je hebt meldrecht.', correct: true },
  ],
  explanation: 'Je hebt meldrecht.',
});
const valid = {
  title: 'Signalen herkennen',
  summary: 'Wat is een signaal?',
  order: 1,
  minutes: 5,
  questions: [question('eerste'), question('tweede')],
};

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
      'questions',
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

describe('knowledge checks', () => {
  it('need two to five questions', () => {
    expect(lessonSchema.safeParse({ ...valid, questions: [question('een')] }).success).toBe(false);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map(question);
    expect(lessonSchema.safeParse({ ...valid, questions: six }).success).toBe(false);
  });

  it('need exactly one right option in a single-choice question', () => {
    const twoRight = {
      ...question('twee'),
      options: question('x').options.map((o) => ({ ...o, correct: true })),
    };
    const result = lessonSchema.safeParse({ ...valid, questions: [twoRight, question('b')] });
    expect(result.error?.issues[0].message).toBe(
      'een vraag met kind: single heeft precies één optie met correct: true (nu 2)',
    );
  });

  it('need a unique id per question', () => {
    const result = lessonSchema.safeParse({ ...valid, questions: [question('zelfde'), question('zelfde')] });
    expect(result.error?.issues[0].message).toBe('vraag-id "zelfde" komt twee keer voor');
  });
});
