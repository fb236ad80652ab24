import type { GlossaryEntry } from '../glossary/glossary.schema.ts';
import { glossaryHref, termForms } from '../glossary/link-terms.ts';
import type { SearchDocument } from './search-document.ts';

/** The begrippenlijst, one search document a begrip: its words and its explanation, linked to its anchor. */
export function glossarySearchDocuments(glossary: readonly GlossaryEntry[]): SearchDocument[] {
  return glossary.map((entry) => ({
    kind: 'begrip',
    title: entry.begrip,
    text: `${termForms(entry).join('\n')}\n${entry.uitleg}`,
    url: glossaryHref(entry.id),
    group: { id: 'begrippen', name: 'Begrippenlijst' },
  }));
}
