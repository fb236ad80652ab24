import { z } from 'zod';
import { hashCaseSync } from '../../modules/authoring/hash-case-sync.ts';
import type { LoadedContent } from '../../modules/authoring/load-content.ts';
import { criticalCategories } from '../../modules/case/critical-category.ts';
import { makeVerifyTable } from '../../modules/scoring/make-verify-table.ts';
import type { VerifyTable } from '../../modules/scoring/verify-table.ts';

/** A case's verify table (modules/scoring/verify-table.ts) as a collection entry; the entry id is the case id. */
export const verifyTableEntrySchema = z.strictObject({
  id: z.string(),
  version: z.int().min(1),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  title: z.string(),
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
            next: z.int().min(0),
            miss: z.enum(criticalCategories).optional(),
          }),
        )
        .optional(),
    }),
  ),
  states: z.array(z.array(z.int().min(-1))),
}) satisfies z.ZodType<VerifyTable>;

/** One verify table per checked case, with the hash its attempts record (the case as authored). */
export function verifyTableEntries(
  content: Pick<LoadedContent, 'cases'>,
): (VerifyTable & Record<string, unknown>)[] {
  return content.cases.map(({ compiled, authored }) => ({
    ...makeVerifyTable(compiled, hashCaseSync(authored)),
  }));
}
