import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attemptSchema } from '../../../modules/scoring/attempt.ts';
import { answerSchema, answerV1Schema, progressSchema } from '../../../modules/progress/progress.ts';
import * as shape from '../../../modules/versioned/shape.ts';

// The stored records are checked with versioned/shape.ts in the browser instead of zod. These zod
// schemas are the ones the records had before (progress version 1), and the same rules written in zod
// for what came after (progress versions 2 and 3); every sample must be judged the same by both.
const zodEvent = z.strictObject({
  node: z.string().min(1),
  choice: z.string().min(1),
  at: z.iso.datetime().optional(),
});
const zodAttempt = z.strictObject({
  kind: z.literal('poging'),
  version: z.literal(2),
  caseId: z.string().min(1),
  caseVersion: z.int().min(1),
  caseHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  startedAt: z.iso.datetime(),
  seed: z.uint32().nullable(),
  events: z.array(zodEvent),
});
const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';
const zodId = z.string().regex(new RegExp(`^${kebab}$`));
const zodAnswer = z.strictObject({
  options: z
    .array(zodId)
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length),
  at: z.iso.datetime(),
});
const zodTry = (right: z.ZodType) => zodAnswer.extend({ right });
const zodAnswerV2 = z.strictObject({
  tries: z.int().min(1),
  first: zodTry(z.boolean()).nullable(),
  last: zodTry(z.boolean().nullable()),
});
const zodSeconds = z
  .int()
  .min(0)
  .max(366 * 24 * 3600);
const zodProgress = z.strictObject({
  kind: z.literal('voortgang'),
  version: z.literal(3),
  seed: z.uint32().optional(),
  lessons: z.array(z.string().regex(new RegExp(`^${kebab}/${kebab}$`))),
  answers: z.record(z.string().regex(new RegExp(`^${kebab}/${kebab}#${kebab}$`)), zodAnswerV2),
  attempts: z.array(zodAttempt),
  completed: z.record(zodId, z.iso.datetime()),
  time: z.strictObject({
    lessons: z.record(z.string().regex(new RegExp(`^${kebab}/${kebab}$`)), zodSeconds),
    attempts: z.record(z.string().regex(/^.+@-?\d+#(?:\d+|geschreven)$/), zodSeconds),
  }),
});

const hash = `sha256:${'a'.repeat(64)}`;
const attempt = {
  kind: 'poging',
  version: 2,
  caseId: 'daan',
  caseVersion: 1,
  caseHash: hash,
  startedAt: '2026-11-22T09:00:00.000Z',
  seed: 7,
  events: [
    { node: 'a', choice: 'b', at: '2026-11-22T09:01:00Z' },
    { node: 'a', choice: 'c' },
  ],
};
const times = [
  '2026-11-22T09:00:00Z',
  '2026-11-22T09:00:00.123456Z',
  '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z',
  '2026-11-22T09:00Z',
  '2026-11-22T09:00:00+01:00',
  '2026-11-22 09:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-11-22T24:00:00Z',
  '2026-11-22',
  '',
];
const attempts: unknown[] = [
  attempt,
  { ...attempt, seed: null },
  { ...attempt, seed: 0 },
  { ...attempt, seed: 4294967295 },
  { ...attempt, seed: 4294967296 },
  { ...attempt, seed: -1 },
  { ...attempt, seed: 1.5 },
  { ...attempt, seed: '7' },
  { ...attempt, caseVersion: 0 },
  { ...attempt, caseVersion: 2.5 },
  { ...attempt, caseHash: 'sha256:abc' },
  { ...attempt, caseId: '' },
  { ...attempt, kind: 'voortgang' },
  { ...attempt, extra: true },
  { ...attempt, events: 'x' },
  { ...attempt, events: [{ node: 'a' }] },
  { ...attempt, events: [{ node: 'a', choice: 'b', at: null }] },
  { ...attempt, events: [{ node: 'a', choice: 'b', more: 1 }] },
  ...times.map((startedAt) => ({ ...attempt, startedAt })),
  ...times.map((at) => ({ ...attempt, events: [{ node: 'a', choice: 'b', at }] })),
  Object.fromEntries(Object.entries(attempt).filter(([key]) => key !== 'seed')),
  null,
  [],
  'poging',
];
const tried = { options: ['ja'], right: true, at: '2026-11-22T09:05:00.000Z' };
const answer = { tries: 2, first: { ...tried, right: false }, last: tried };
const progress = {
  kind: 'voortgang',
  version: 3,
  seed: 7,
  lessons: ['basis/les'],
  answers: { 'basis/les#vraag': answer },
  attempts: [attempt],
  completed: { basis: '2026-11-22T10:00:00.000Z' },
  time: { lessons: { 'basis/les': 412 }, attempts: { 'daan@1795338000000#7': 845 } },
};
const withAnswer = (value: unknown) => ({ ...progress, answers: { 'basis/les#vraag': value } });
const v1Answers: unknown[] = [
  { options: ['ja'], at: '2026-11-22T09:05:00.000Z' },
  { options: [], at: '2026-11-22T09:05:00Z' },
  { options: ['ja', 'ja'], at: '2026-11-22T09:05:00Z' },
  { options: ['Ja'], at: '2026-11-22T09:05:00Z' },
  { options: ['ja'], at: 'gisteren' },
  { options: ['ja'], at: '2026-11-22T09:05:00Z', right: true },
  { options: 'ja', at: '2026-11-22T09:05:00Z' },
  null,
];
const progresses: unknown[] = [
  progress,
  { ...progress, lessons: ['Basis/les'] },
  { ...progress, lessons: ['basis'] },
  { ...progress, answers: { 'basis/les': answer } },
  ...v1Answers.map(withAnswer),
  withAnswer({ ...answer, first: null }),
  withAnswer({ ...answer, last: { ...tried, right: null } }),
  withAnswer({ ...answer, first: { ...tried, right: null } }),
  withAnswer({ ...answer, last: { ...tried, right: 'ja' } }),
  withAnswer({ ...answer, last: { ...tried, options: [] } }),
  withAnswer({ ...answer, last: { ...tried, options: ['ja', 'ja'] } }),
  withAnswer({ ...answer, first: { ...tried, at: '2026-11-22' } }),
  withAnswer({ ...answer, tries: 0 }),
  withAnswer({ ...answer, tries: 1.5 }),
  withAnswer({ ...answer, tries: undefined }),
  withAnswer({ ...answer, first: undefined }),
  withAnswer({ ...answer, extra: 1 }),
  { ...progress, answers: [] },
  { ...progress, seed: undefined },
  { ...progress, seed: 0 },
  { ...progress, seed: 4294967295 },
  { ...progress, seed: 4294967296 },
  { ...progress, seed: -1 },
  { ...progress, seed: null },
  { ...progress, seed: '7' },
  { ...progress, attempts: [{ ...attempt, seed: -1 }] },
  { ...progress, completed: { basis: 'gisteren' } },
  { ...progress, completed: { 'Basis!': '2026-11-22T10:00:00Z' } },
  { ...progress, version: 1 },
  { ...progress, version: 2 },
  { ...progress, extra: [] },
  { ...progress, time: undefined },
  { ...progress, time: { lessons: {} } },
  { ...progress, time: { lessons: { 'basis/les': -1 }, attempts: {} } },
  { ...progress, time: { lessons: { 'basis/les': 1.5 }, attempts: {} } },
  { ...progress, time: { lessons: { 'basis/les': 40_000_000 }, attempts: {} } },
  { ...progress, time: { lessons: { basis: 5 }, attempts: {} } },
  { ...progress, time: { lessons: {}, attempts: { 'daan@x#7': 5 } } },
  { ...progress, time: { lessons: {}, attempts: { 'daan@-5#geschreven': 5 } } },
  { ...progress, time: { lessons: {}, attempts: {}, extra: 1 } },
];

const judged = (schema: { safeParse(v: unknown): { success: boolean } }, samples: unknown[]) =>
  samples.map((sample) => schema.safeParse(sample).success);

describe('shapes for stored records', () => {
  it('judge attempts as the zod schema did', () => {
    expect(judged(attemptSchema, attempts)).toEqual(judged(zodAttempt, attempts));
    expect(judged(attemptSchema, attempts).filter(Boolean).length).toBeGreaterThan(5);
  });

  it('judge progress records and answers as the zod schemas do', () => {
    // JSON leaves out undefined fields, as the browser reads them.
    const samples = progresses.map((p) => JSON.parse(JSON.stringify(p)) as unknown);
    expect(judged(progressSchema, samples)).toEqual(judged(zodProgress, samples));
    expect(judged(progressSchema, samples).filter(Boolean).length).toBeGreaterThan(5);
    const answers = samples.flatMap((p) => Object.values((p as typeof progress).answers ?? {}));
    expect(judged(answerSchema, answers)).toEqual(judged(zodAnswerV2, answers));
    expect(judged(answerV1Schema, v1Answers)).toEqual(judged(zodAnswer, v1Answers));
  });

  it('give the path of the first problem, like zod', () => {
    const failed = attemptSchema.safeParse({
      ...attempt,
      events: [attempt.events[0], { node: 'a', choice: '' }],
    });
    expect(failed.success ? null : failed.error.issues[0]!.path).toEqual(['events', 1, 'choice']);
    const extra = attemptSchema.safeParse({ ...attempt, extra: 1 });
    expect(extra.success ? null : extra.error.issues[0]!.path).toEqual([]);
  });

  it('return a value that fits as it is', () => {
    const result = progressSchema.safeParse(progress);
    expect(result).toEqual({ success: true, data: progress });
  });

  it('let an object leave out only optional fields, and keep unknown keys when not strict', () => {
    const loose = shape.object({ a: shape.literal(1), b: shape.optional(shape.string()) }, { strict: false });
    expect(loose.safeParse({ a: 1, c: 3 }).success).toBe(true);
    expect(loose.safeParse({ b: 'x' }).success).toBe(false);
    expect(loose.safeParse({ a: 1, b: null }).success).toBe(false);
    expect(shape.object({ a: shape.literal(1) }).safeParse({ a: 1, c: 3 }).success).toBe(false);
  });
});
