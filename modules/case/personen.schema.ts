import { z } from 'zod';

/**
 * Who has a name in each case, and in which role: `content/personen.yaml`, keyed by case id. It lets
 * lint:content refuse a first name that is a child in one case and the suspect in another
 * (authoring/check-person-names.ts). It sits beside the cases, not in them, because a case's hash
 * covers its whole file: a list of names in a case would make every case a new version.
 *
 *   daan-blauwe-plekken:
 *     - { naam: Daan, rol: kind }
 *   mevrouw-de-boer:
 *     - { naam: mevrouw De Boer, rol: volwassene }   # known by her surname: write it as the case does
 *     - { naam: Erik, rol: pleger }
 */
export const rollen = ['kind', 'volwassene', 'pleger', 'professional'] as const;
export type Rol = (typeof rollen)[number];

/** What each role means, for the author who picks one (also shown when a role is refused). */
export const rolUitleg: Record<Rol, string> = {
  pleger: 'een volwassene die in de casus (vermoedelijk) geweld gebruikt, misbruikt, uitbuit of bedreigt',
  kind: 'iemand onder de 18, ook een jongere die zelf geweld gebruikt',
  professional: 'een collega, leidinggevende, houder, bestuurder of andere professional die niet verdacht is',
  volwassene: 'elke andere volwassene: cliënt, slachtoffer, ouder, familielid of mantelzorger',
};

export const persoonSchema = z.strictObject({
  naam: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .describe('The name as the case writes it: a first name, or "mevrouw De Boer".'),
  rol: z.enum(rollen).describe('The part the person plays in the case; see rolUitleg.'),
});
export type Persoon = z.infer<typeof persoonSchema>;

export const personenSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'moet kebab-case zijn: kleine letters, cijfers en losse streepjes',
  }),
  z.array(persoonSchema).min(1),
);
