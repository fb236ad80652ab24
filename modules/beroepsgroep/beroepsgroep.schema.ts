import { z } from 'zod';

/** The six sectors the Wet verplichte meldcode covers. */
export const sectorSchema = z.enum([
  'gezondheidszorg',
  'onderwijs',
  'kinderopvang',
  'maatschappelijke-ondersteuning',
  'jeugdhulp',
  'justitie',
]);
export type Sector = z.output<typeof sectorSchema>;

/** A beroepsgroep as defined in `content/beroepsgroepen/<id>.yaml`. */
export const beroepsgroepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' }),
  name: z.string().min(1).describe('Display name, e.g. "Kinderopvang".'),
  sector: sectorSchema.describe(
    'The legal sector; decides e.g. whether the route for a suspected colleague applies.',
  ),
  afwegingskader: z.string().min(1).describe('The cluster whose afwegingskader this group uses.'),
  professionals: z
    .array(z.string().min(1))
    .min(1)
    .describe('Who belongs to it, e.g. "pedagogisch medewerker".'),
  description: z.string().min(1).describe('One or two sentences for the home page.'),
  order: z.int().min(0).describe('Position in lists.'),
});
export type Beroepsgroep = z.output<typeof beroepsgroepSchema>;
