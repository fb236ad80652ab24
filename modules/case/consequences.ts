import type { CaseDef, Consequence } from './case.schema.ts';

/** The parts of a case that say where a choice leads. */
export type RouteCase = { consequences?: CaseDef['consequences'] };

/**
 * Where a choice's `next` lands on the route: a node, or, when `next` names a consequence, the node its
 * chain of consequences leads back to. The case machine, the log codec and the verify table
 * only know nodes: a consequence is shown, never decided, so it is neither a state nor a logged step.
 * A loop of consequences (refused by the structure checks) stops at the consequence where it closes.
 */
export function routeTarget(def: RouteCase, next: string): string {
  return consequenceChain(def, next).target;
}

/** The consequences a `next` shows, in order, and the node the learner reaches after them. */
export function consequenceChain(def: RouteCase, next: string): { shown: Consequence[]; target: string } {
  const byId = new Map((def.consequences ?? []).map((consequence) => [consequence.id, consequence]));
  const shown: Consequence[] = [];
  let at = next;
  for (let consequence = byId.get(at); consequence; consequence = byId.get(at)) {
    if (shown.includes(consequence)) break;
    shown.push(consequence);
    at = consequence.next;
  }
  return { shown, target: at };
}
