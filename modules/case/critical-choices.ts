import { criticalActions } from './case-action.ts';
import type { CaseNode } from './case.schema.ts';

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

/**
 * The critical choices of a node, by choice id: the one rule that scoreAttempt, the verify table and
 * the score table all apply, so the player, the module page and verification agree.
 *
 * - Derived from meaning: where the expert's action is one the meldcode requires (a report after
 *   afweging 2 ja or 3, 4, 5 nee; acting in acute danger: `criticalActions`), every other choice is
 *   critical, in the category of that action. A case cannot soften this: leaving `critical` out
 *   keeps it critical, and `critical` only takes a category, so an author can at most name the danger
 *   more precisely.
 * - Marked by the author: any other choice with `critical: <category>`.
 *
 * The expert's own choice is never critical (the structure check refuses `critical` on it). Case
 * versions archived before `critical` existed have no marks, so they score as they always did.
 */
export function criticalChoices(node: Pick<CaseNode, 'choices'>): Map<string, CriticalCategory> {
  const critical = new Map<string, CriticalCategory>();
  const choices = node.choices ?? [];
  const expert = choices.find((choice) => choice.verdict === 'goed');
  const derived = expert?.action && criticalActions[expert.action];
  for (const choice of choices) {
    if (choice === expert) continue;
    const category = choice.critical ?? derived;
    if (category) critical.set(choice.id, category);
  }
  return critical;
}
