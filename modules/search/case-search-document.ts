import type { CaseDef } from '../case/case.schema.ts';
import type { SearchDocument, SearchGroup } from './search-document.ts';

/**
 * A case as one search document: its summary and the situation of every moment, in the authored
 * order. Choices and feedback stay out, so a result never gives away the expert's answer.
 */
export function caseSearchDocument(def: CaseDef, group: SearchGroup): SearchDocument {
  const situations = def.nodes.map((node) => node.situation.trim());
  return {
    kind: 'casus',
    title: def.title,
    text: [def.summary.trim(), ...situations].join('\n'),
    url: `/${group.id}/casussen/${def.id}/`,
    group,
  };
}
