import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerSchema, progressSchema } from '../../../modules/progress/progress.ts';
import { attemptSchema } from '../../../modules/scoring/attempt.ts';
import { isoDateTime, object, optional, string } from '../../../modules/versioned/shape.ts';

// The progress record and the attempt were zod schemas until the browser needed them without zod's
// weight. These are those zod schemas, unchanged: the shapes must accept and refuse exactly the same.
const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';
const zid = z.string().regex(new RegExp(`^${kebab}$`));
const zEvent = z.strictObject({
  node: z.string().min(1),
  choice: z.string().min(1),
  at: z.iso.datetime().optional(),
});
const zAttempt = z.strictObject({
  kind: z.literal('poging'),
  version: z.literal(2),
  caseId: z.string().min(1),
  caseVersion: z.int().min(1),
  caseHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  startedAt: z.iso.datetime(),
  seed: z.uint32().nullable(),
  events: z.array(zEvent),
});
const zAnswer = z.strictObject({
  options: z
    .array(zid)
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length),
  at: z.iso.datetime(),
});
const zProgress = z.strictObject({
  kind: z.literal('voortgang'),
  version: z.literal(1),
  lessons: z.array(z.string().regex(new RegExp(`^${kebab}/${kebab}$`))),
  answers: z.record(z.string().regex(new RegExp(`^${kebab}/${kebab}#${kebab}$`)), zAnswer),
  attempts: z.array(zAttempt),
  completed: z.record(zid, z.iso.datetime()),
});

const attempt = {
  kind: 'poging',
  version: 2,
  caseId: 'daan-blauwe-plekken',
  caseVersion: 1,
  caseHash: `sha256:${'0a'.repeat(32)}`,
  startedAt: '2026-11-22T09:10:00.000Z',
  seed: 2718281828,
  events: [
    { node: 'eerste-signalen', choice: 'feiten-noteren', at: '2026-11-22T09:11:00Z' },
    { node: 'overleg', choice: 'ib-bellen' },
  ],
};
const progress = {
  kind: 'voortgang',
  version: 1,
  lessons: ['onderwijs/signalen', 'basis/vijf-stappen'],
  answers: {
    'onderwijs/signalen#eerste-stap': { options: ['noteren', 'bellen'], at: '2024-02-29T23:59:59.5Z' },
  },
  attempts: [attempt],
  completed: { onderwijs: '2026-11-22T10:00:00.000Z' },
};

/** Values that tend to break validators: wrong types, edge numbers, near-miss strings and dates. */
const oddities: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1,
  1.5,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 53,
  Number.NaN,
  '',
  ' ',
  '\n',
  'a',
  'A',
  'onderwijs',
  'onderwijs/les',
  'onderwijs/les#vraag',
  'onderwijs/Les',
  'a--b',
  '-a',
  'sha256:' + 'f'.repeat(64),
  'sha256:' + 'F'.repeat(64),
  '2026-11-22T09:10:00Z',
  '2026-11-22T09:10:00.123456789Z',
  '2026-11-22T09:10Z',
  '2026-11-22T24:00:00Z',
  '2026-11-22T09:10:00+01:00',
  '2026-11-22 09:10:00Z',
  '2023-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2026-04-31T00:00:00Z',
  '2026-12-31T23:59:59Z',
  [],
  ['a'],
  ['a', 'a'],
  ['onderwijs/les'],
  {},
  { constructor: 'x' },
  { a: 1 },
];

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** The paths of every value inside a record, e.g. ['attempts', 0, 'events', 1, 'node']. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([k, v]) =>
    paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]),
  );
  return [prefix, ...children];
}

/** The record with the value at `path` replaced (or removed, for undefined), or a key added there. */
function mutate(record: unknown, path: (string | number)[], replacement: unknown, addKey?: string): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (addKey !== undefined && typeof parent[last] === 'object' && parent[last] !== null) {
    (parent[last] as Record<string, unknown>)[addKey] = replacement;
  } else if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

function sameVerdict(shape: { safeParse(v: unknown): unknown }, schema: z.ZodType, data: unknown) {
  const ours = shape.safeParse(data) as { success: boolean; data?: unknown };
  const theirs = schema.safeParse(data);
  expect(ours.success, JSON.stringify(data)).toBe(theirs.success);
  if (theirs.success) expect(ours.data, JSON.stringify(data)).toEqual(theirs.data);
}

describe('shapes accept and refuse what the zod schemas they replace did', () => {
  const cases = [
    ['an attempt', attemptSchema, zAttempt, attempt],
    ['an answer', answerSchema, zAnswer, progress.answers['onderwijs/signalen#eerste-stap']],
    ['the progress record', progressSchema, zProgress, progress],
  ] as const;

  for (const [name, shape, schema, valid] of cases) {
    it(`${name}: every value replaced by every oddity, removed, or given an extra key`, () => {
      sameVerdict(shape, schema, valid);
      for (const path of paths(valid)) {
        for (const oddity of oddities) sameVerdict(shape, schema, mutate(valid, path, oddity));
        sameVerdict(shape, schema, mutate(valid, path, undefined));
        for (const key of ['extra', 'at', '__proto__', 'onderwijs/x#y'])
          sameVerdict(shape, schema, mutate(valid, path, 'x', key));
      }
    });

    it(`${name}: random combinations of mutations`, () => {
      const next = random(2026);
      for (let round = 0; round < 2000; round++) {
        let data: unknown = structuredClone(valid);
        for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
          const all = paths(data);
          const path = all[Math.floor(next() * all.length)]!;
          data = mutate(data, path, oddities[Math.floor(next() * oddities.length)]);
        }
        sameVerdict(shape, schema, data);
      }
    });
  }

  it('leaves out a __proto__ key that JSON.parse made, as zod does', () => {
    const data = JSON.parse(
      '{"kind":"voortgang","version":1,"lessons":[],"answers":{},"attempts":[],"completed":{"__proto__":"x"}}',
    );
    sameVerdict(progressSchema, zProgress, data);
  });

  it('isoDateTime is zod’s z.iso.datetime(), date by date and time by time', () => {
    const next = random(7);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 5000; i++) {
      const pick = (max: number) => Math.floor(next() * max);
      const text = `${pad(pick(3000), 4)}-${pad(pick(14))}-${pad(pick(33))}T${pad(pick(26))}:${pad(pick(62))}:${pad(pick(62))}${['', '.5', '.123', '.'][pick(4)]}${['Z', '', '+01:00', 'z'][pick(4)]}`;
      expect(isoDateTime.safeParse(text).success, text).toBe(z.iso.datetime().safeParse(text).success);
    }
  });

  it('reports the path of the first problem, as readVersioned quotes it', () => {
    const note = object({ text: string(/^.+$/), at: optional(isoDateTime) });
    expect(note.safeParse({ text: 'x', at: 'gisteren' })).toMatchObject({
      success: false,
      error: { issues: [{ path: ['at'] }] },
    });
    expect(attemptSchema.safeParse({ ...attempt, events: [{ node: 'x' }] })).toMatchObject({
      error: { issues: [{ path: ['events', 0, 'choice'] }] },
    });
  });
});
