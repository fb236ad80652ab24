import { phaseInfo } from '../stappenplan/phases.ts';
import { fill, nl } from '../strings/nl.ts';
import type { CaseNode } from './case.schema.ts';

/**
 * The questions a group discusses at a moment of a case (a leertafel): the node's own `discussion`, or
 * else the default for its phase. At an afweging the default names that afweging's question; in acute
 * danger and on the route for a suspected colleague it asks about what is different there first; at an
 * ending it asks about the outcome.
 */
export function discussionQuestions(node: Pick<CaseNode, 'phase' | 'discussion' | 'end'>): string[] {
  if (node.discussion && node.discussion.length > 0) return [...node.discussion];
  if (node.end) return [nl.discussion.einde];
  const base = [nl.discussion.doen, nl.discussion.kader];
  const { afweging, name } = phaseInfo(node.phase);
  if (afweging !== null) {
    const vraag = name.slice(name.indexOf(':') + 1).trim();
    return [fill(nl.discussion.afweging, { n: afweging, vraag }), nl.discussion.kader];
  }
  if (node.phase === 'acuut') return [nl.discussion.acuut, ...base];
  if (node.phase === 'collega-route') return [nl.discussion.collega, ...base];
  return base;
}
