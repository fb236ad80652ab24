/**
 * The dangerous choices the meldcode does not leave open: taken first at a moment, each fails the
 * attempt whatever its points. Authors mark a choice with `critical: <category>`; the Dutch name,
 * why it is dangerous and what the meldcode asks instead are in strings/nl.ts (`nl.critical`).
 *
 * - `familie-of-verdachte-eerst`: going to the family or the suspect first, or telling them what you
 *   know, where that endangers the child or client (eergerelateerd geweld, huwelijksdwang, VGV, a
 *   violent partner or parent, a colleague as suspect);
 * - `geheimhouding-beloven`: promising to keep it secret;
 * - `wachten-bij-acuut-gevaar`: waiting or putting off when there is acute danger;
 * - `niet-melden`: not reporting where afweging 2 is ja, or where help is not possible, refused or
 *   does not work (afweging 3, 4 or 5 nee);
 * - `wettelijke-route-omzeilen`: going around the statutory route for a suspected staff member
 *   (houder or bevoegd gezag, vertrouwensinspecteur, aangifte);
 * - `afsluiten-zonder-afspraken`: closing or stopping without following the help or agreeing what
 *   comes next;
 * - `letsel-niet-laten-beoordelen`: letting an injured child go without a medical assessment.
 */
export const criticalCategories = [
  'familie-of-verdachte-eerst',
  'geheimhouding-beloven',
  'wachten-bij-acuut-gevaar',
  'niet-melden',
  'wettelijke-route-omzeilen',
  'afsluiten-zonder-afspraken',
  'letsel-niet-laten-beoordelen',
] as const;

/** One of {@link criticalCategories}. */
export type CriticalCategory = (typeof criticalCategories)[number];

/** Whether a value names a critical category (for tables read back from JSON). */
export function isCriticalCategory(value: unknown): value is CriticalCategory {
  return (criticalCategories as readonly unknown[]).includes(value);
}
