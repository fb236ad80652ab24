import type { CaseAction } from './case-action.ts';
import type { CaseNode } from './case.schema.ts';
import type { CriticalCategory } from './critical-category.ts';

/**
 * Expert actions the meldcode requires: afweging answers after which it asks for a report, and acting
 * in acute danger. At a node whose expert takes one, every other first choice is critical in this
 * category and fails the attempt (criticalChoices below); a case cannot make it less.
 */
export const criticalActions: Partial<Record<CaseAction, CriticalCategory>> = {
  'afweging-2-ja': 'niet-melden',
  'afweging-3-nee': 'niet-melden',
  'afweging-4-nee': 'niet-melden',
  'afweging-5-nee': 'niet-melden',
  'acuut-handelen': 'wachten-bij-acuut-gevaar',
};

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
