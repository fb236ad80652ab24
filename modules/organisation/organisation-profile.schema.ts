import { z } from 'zod';

/**
 * The organisation's own meldcode in the course: an organisatieprofiel, a small YAML file that an
 * aandachtsfunctionaris writes (`content/organisaties/voorbeelden/` has three). It adds names, ways to
 * reach them and local routes to the naslag; it cannot change the meldcode's rules (there is no field
 * for them, and `profile-rules.ts` refuses text that contradicts them where that can be seen).
 *
 *   organisatie: Basisschool De Linde
 *   beroepsgroepen: [onderwijs]                    # ids from content/beroepsgroepen/
 *   meldcode:                                      # where your own meldcode is: a link, a place, or both
 *     link: https://www.delinde.example/meldcode.pdf
 *   aandachtsfunctionarissen:                      # 1 to 5
 *     - naam: Fatma Yilmaz
 *       rol: intern begeleider                     # optional
 *       telefoon: 030 123 45 67                    # at least one of telefoon, email, web
 *       email: f.yilmaz@delinde.example
 *       wanneer: maandag tot en met donderdag      # optional
 *   stappen:                                       # optional: who takes each step here, one line each
 *     stap-1: De leerkracht schrijft signalen op in het leerlingdossier.
 *     stap-2: De leerkracht overlegt met de intern begeleider.
 *   afspraken:                                     # optional: at most 6 short local agreements
 *     - De directeur hoort binnen een dag van elke melding.
 *   collega:                                       # kinderopvang and onderwijs: a suspected staff member
 *     naam: Het bevoegd gezag, Stichting Lindeschool
 *     telefoon: 030 765 43 21
 *
 * Every text is plain text, shown as text, never as HTML; links are https, mailto (from `email`) or tel
 * (from `telefoon`) only.
 */

export { MAX_PROFILE_CHARS } from './profile-size.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !/<\/?[a-z!][^>]*>|&[a-z#][a-z0-9]*;/i.test(value), {
      error: 'HTML kan hier niet: schrijf gewone tekst, zonder < > of &…;',
    });

const httpsLink = z
  .string()
  .trim()
  .max(500)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'een link moet met https:// beginnen',
  });

/** How to reach someone: at least one of phone, e-mail and web page, and when. */
const reach = {
  telefoon: z
    .string()
    .trim()
    .refine((value) => /^\+?[0-9][0-9 ()-]{2,19}$/.test(value), {
      error: 'een telefoonnummer: alleen cijfers, spaties, ( ) - en een + vooraan',
    })
    .optional(),
  email: z.email().max(120).optional(),
  web: httpsLink.optional(),
  wanneer: text(120).optional(),
};

const reachable = (value: { telefoon?: string; email?: string; web?: string }) =>
  Boolean(value.telefoon || value.email || value.web);
const REACH_MISSING = 'geef minstens één manier om iemand te bereiken: telefoon, email of web';

const step = text(200).optional();

export const organisationProfileSchema = z.strictObject({
  organisatie: text(80),
  beroepsgroepen: z.array(z.string().trim().min(1).max(40)).min(1).max(11),
  meldcode: z
    .strictObject({ link: httpsLink.optional(), waar: text(200).optional() })
    .refine((value) => Boolean(value.link || value.waar), {
      error: 'zeg waar je meldcode staat: een link (link) of een plek (waar)',
    }),
  aandachtsfunctionarissen: z
    .array(
      z
        .strictObject({ naam: text(80), rol: text(80).optional(), ...reach })
        .refine(reachable, { error: REACH_MISSING }),
    )
    .min(1)
    .max(5),
  stappen: z
    .strictObject({ 'stap-1': step, 'stap-2': step, 'stap-3': step, 'stap-4': step, 'stap-5': step })
    .optional(),
  afspraken: z.array(text(200)).min(1).max(6).optional(),
  collega: z
    .strictObject({ naam: text(120), ...reach })
    .refine(reachable, { error: REACH_MISSING })
    .optional(),
});

export type OrganisationProfile = z.output<typeof organisationProfileSchema>;
