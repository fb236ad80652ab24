/**
 * The situations that count as acute onveiligheid (after KNMG annex 5 and the national
 * afwegingskader; see the fact base, section 2). Acting at once with `acuut-handelen` needs one of
 * them, recorded and shown in the result. Their Dutch descriptions are in strings/nl.ts.
 */
export const acuteReasons = [
  'letsel',
  'verwurging',
  'wapens',
  'seksueel-geweld',
  'falsificatie',
  'onthulling',
  'zorg-valt-weg',
  'gedwongen-vlucht',
  'zwangerschap',
  'oorlogsgeweld',
  'mensenhandel',
  'levensbedreiging',
  'basiszorg-ontbreekt',
] as const;

/** One of {@link acuteReasons}. */
export type AcuteReason = (typeof acuteReasons)[number];

/** Whether a string names a recognised acute situation. */
export function isAcuteReason(value: unknown): value is AcuteReason {
  return (acuteReasons as readonly unknown[]).includes(value);
}
