import { discussionQuestions } from '../case/discussion-questions.ts';
import type { PlayableCase } from './playable-case.ts';

/**
 * A case as a leertafel gets it, made at build time: every moment with its discussion questions written
 * out (its own, or else the default for its phase: case/discussion-questions.ts), so the browser needs
 * neither that code nor its texts. What a leertafel never shows or uses is left empty, as
 * case-text.ts leaves the text of later moments: the case's title, summary and goals (the page's HTML
 * has what it shows of them) and the hash that attempts record (a leertafel records nothing).
 */
export function leertafelCase(table: PlayableCase): PlayableCase {
  const { def } = table;
  return {
    ...table,
    hash: '',
    def: {
      ...def,
      title: '',
      summary: '',
      goals: [],
      nodes: def.nodes.map((node) => ({ ...node, discussion: discussionQuestions(node) })),
    },
  };
}
