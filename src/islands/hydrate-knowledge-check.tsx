import { hydrate } from 'preact';
import { checkStrings } from '../i18n/check-strings.ts';
import KnowledgeCheck from './KnowledgeCheck.tsx';
import { readCheckQuestions } from './read-check-questions.ts';

/**
 * Wakes the knowledge check that KnowledgeCheck.astro rendered in `host`: the lesson comes from the
 * host's data attributes, the questions from the check's own markup, the strings from this bundle.
 */
export function hydrateKnowledgeCheck(host: HTMLElement): void {
  const { beroepsgroep = '', slug = '' } = host.dataset;
  hydrate(
    <KnowledgeCheck
      beroepsgroep={beroepsgroep}
      slug={slug}
      questions={readCheckQuestions(host)}
      strings={checkStrings}
    />,
    host,
  );
}
