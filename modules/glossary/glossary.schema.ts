import { z } from 'zod';

/**
 * The begrippenlijst, `content/begrippen.yaml`: the meldcode's words in plain Dutch (B1), shown on
 * `/begrippen/` and linked from their first use in each lesson (glossary/link-terms.ts).
 *
 *   begrippen:
 *     - id: kindcheck
 *       begrip: kindcheck
 *       vormen: [kindchecks]   # other forms of the word that are linked too (optional)
 *       uitleg: Heeft je volwassen cliënt kinderen? …
 */
export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' }),
  begrip: z.string().trim().min(2).max(60),
  vormen: z.array(z.string().trim().min(2).max(60)).max(8).optional(),
  uitleg: z.string().trim().min(20).max(600),
});

export const glossarySchema = z.strictObject({ begrippen: z.array(glossaryEntrySchema).min(1) });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
