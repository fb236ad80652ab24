import { z } from 'zod';

/**
 * The naslag of one beroepsgroep, `content/naslag/<beroepsgroep>.yaml`: a quick reference for the job,
 * at `/<beroepsgroep>/naslag/`, that fits on one printed A4. It holds only this group's words; the
 * names of the steps and the outcome of each afweging come from the stappenplan itself
 * (modules/stappenplan/phases.ts, strings/nl.ts), so the naslag and the lessons cannot disagree. A
 * test checks that each afweging question is the one the group's afwegingskader lesson asks.
 *
 *   beroepsgroep: onderwijs
 *   stappen:
 *     stap-1: [Schrijf op wat je ziet en hoort, met datum. Feiten apart van wat je denkt.]
 *     stap-2: [Overleg met de intern begeleider of de aandachtsfunctionaris.]
 *     …
 *   afwegingen:
 *     - vraag: Heb ik op basis van stap 1 tot en met 3 een vermoeden van …?
 *     …
 */

/** One short line: a naslag is scanned on a phone and printed on one page. */
const line = z.string().trim().min(1).max(200);
const lines = (min: number, max: number) => z.array(line).min(min).max(max);

export const naslagSchema = z.strictObject({
  beroepsgroep: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' })
    .describe('The id of the beroepsgroep; must equal the file name.'),
  stappen: z
    .strictObject({
      'stap-1': lines(1, 4),
      'stap-2': lines(1, 4),
      'stap-3': lines(1, 4),
      'stap-4': lines(1, 3),
      'stap-5': lines(1, 3),
    })
    .describe('What to do in each of the five steps, in this group’s words: a checklist.'),
  afwegingen: z
    .array(
      z.strictObject({
        vraag: line.describe('The question as this group’s afwegingskader lesson asks it.'),
        label: z.string().trim().min(1).max(30).optional().describe('A short label, such as the KNMG’s.'),
      }),
    )
    .length(5)
    .describe('Afweging 1 to 5, in order. Their outcomes come from the stappenplan, not from here.'),
  acuut: z
    .strictObject({ definitie: line, voorbeelden: lines(2, 6) })
    .describe('Acute onveiligheid: what it is, and examples this group meets.'),
  structureel: z
    .strictObject({ definitie: line, voorbeelden: lines(2, 4) })
    .describe('Structurele onveiligheid: what it is, and examples.'),
  kindcheck: z
    .strictObject({ wanneer: line, vragen: lines(2, 4) })
    .describe('When this group does the kindcheck, and what it asks.'),
  signalen: z
    .array(z.strictObject({ leeftijd: z.string().trim().min(1).max(40), signalen: lines(2, 4) }))
    .min(2)
    .max(4)
    .describe('Signals per age group (or per kind of client); signals are never proof.'),
  routes: z
    .strictObject({
      eergerelateerd: line.describe(
        'Eergerelateerd geweld, huwelijksdwang and VGV: never the family first, straight to Veilig Thuis.',
      ),
      collega: lines(2, 4)
        .optional()
        .describe(
          'Only where the statutory route for a suspected colleague applies (kinderopvang, onderwijs).',
        ),
    })
    .describe('Routes that differ from the usual steps.'),
});
export type Naslag = z.output<typeof naslagSchema>;
