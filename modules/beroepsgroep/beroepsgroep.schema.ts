import { z } from 'zod';

/** The six sectors the Wet verplichte meldcode covers, and `algemeen` for the common basis module. */
export const sectorSchema = z.enum([
  'algemeen',
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
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'moet kebab-case zijn: kleine letters, cijfers en losse streepjes',
  }),
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
  goals: z
    .array(z.string().trim().min(1))
    .min(2)
    .describe('Learning goals of the module: what the learner can do afterwards ("Je kunt …").'),
  sources: z
    .array(z.strictObject({ title: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) }))
    .min(1)
    .describe('Official sources the module rests on, with their URLs (from the fact base).'),
  passPercentage: z
    .int()
    .min(1)
    .max(100)
    .describe(
      'Pass mark: a case counts as passed at this share of its maximum. The module is complete when every lesson is read, every knowledge check answered and every case passed.',
    ),
});
export type Beroepsgroep = z.output<typeof beroepsgroepSchema>;
