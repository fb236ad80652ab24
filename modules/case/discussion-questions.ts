import { phaseInfo } from '../stappenplan/phases.ts';
import { fill } from '../strings/fill.ts';
import { discussionText } from '../strings/nl-discussion.ts';
import type { CaseNode } from './case.schema.ts';

/**
 * The questions a group discusses at a moment of a case (a leertafel): the node's own `discussion`, or
 * else the default for its phase. At an afweging the default names that afweging's question; in acute
 * danger and on the route for a suspected colleague it asks about what is different there first; at an
 * ending it asks about the outcome.
 */
export function discussionQuestions(node: Pick<CaseNode, 'phase' | 'discussion' | 'end'>): string[] {
  if (node.discussion && node.discussion.length > 0) return [...node.discussion];
  if (node.end) return [discussionText.discussion.einde];
  const base = [discussionText.discussion.doen, discussionText.discussion.kader];
  const { afweging, name } = phaseInfo(node.phase);
  if (afweging !== null) {
    const vraag = name.slice(name.indexOf(':') + 1).trim();
    return [
      fill(discussionText.discussion.afweging, { n: afweging, vraag }),
      discussionText.discussion.kader,
    ];
  }
  if (node.phase === 'acuut') return [discussionText.discussion.acuut, ...base];
  if (node.phase === 'collega-route') return [discussionText.discussion.collega, ...base];
  return base;
}
