import { z } from 'zod';
import { hashCaseSync } from '../../modules/authoring/hash-case-sync.ts';
import type { LoadedContent } from '../../modules/authoring/load-content.ts';
import { criticalCategories } from '../../modules/case/critical-category.ts';
import { makeScoreTable } from '../../modules/scoring/make-score-table.ts';
import type { ScoreTable } from '../../modules/scoring/score-table.ts';

/** A case's score table (modules/scoring/score-table.ts) as a collection entry; the entry id is the case id. */
export const scoreTableEntrySchema = z.strictObject({
  id: z.string(),
  version: z.int().min(1),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  start: z.string(),
  max: z.number(),
  pass: z.number(),
  nodes: z.array(
    z.strictObject({
      id: z.string(),
      end: z.literal(true).optional(),
      bad: z.literal(true).optional(),
      choices: z
        .array(
          z.strictObject({
            id: z.string(),
            points: z.number(),
            next: z.string(),
            miss: z.enum(criticalCategories).optional(),
          }),
        )
        .optional(),
    }),
  ),
}) satisfies z.ZodType<ScoreTable>;

/** One score table per checked case, with the hash its attempts record (the case as authored). */
export function scoreTableEntries(
  content: Pick<LoadedContent, 'cases'>,
): (ScoreTable & Record<string, unknown>)[] {
  return content.cases.map(({ compiled, authored }) => ({
    ...makeScoreTable(compiled, hashCaseSync(authored)),
  }));
}
