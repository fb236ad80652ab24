import { join } from 'node:path';
import { caseSearchDocument } from '../search/case-search-document.ts';
import { glossarySearchDocuments } from '../search/glossary-search-documents.ts';
import { lessonSearchDocuments } from '../search/lesson-search-documents.ts';
import { naslagSearchDocument } from '../search/naslag-search-document.ts';
import { naslagView } from '../naslag/naslag-view.ts';
import type { SearchDocument } from '../search/search-document.ts';
import { loadContent } from './load-content.ts';
import { readSource } from './read-source.ts';

/**
 * Every lesson, knowledge-check question, case, naslag and begrip under `root/content/` as search documents, through
 * the one content loader, so search holds exactly what the site publishes. Throws when the content has
 * problems: the build checked it moments earlier, so this only happens when a file changed meanwhile.
 */
export function loadSearchDocuments(root: string): SearchDocument[] {
  const { beroepsgroepen, lessons, cases, naslag, glossary, issues } = loadContent(root);
  if (issues.length > 0)
    throw new Error(`search index: content has ${issues.length} problem(s); run npm run lint:content`);
  const groups = new Map(beroepsgroepen.map((g) => [g.id, { id: g.id, name: g.name }]));
  const documents: SearchDocument[] = [];
  for (const { file, beroepsgroep, slug, lesson } of lessons) {
    const read = readSource(join(root, file));
    if (!read.ok) throw new Error(`${file}: ${read.message}`);
    documents.push(...lessonSearchDocuments({ slug, lesson, mdx: read.text }, groups.get(beroepsgroep)!));
  }
  for (const { compiled } of cases)
    documents.push(caseSearchDocument(compiled.def, groups.get(compiled.def.beroepsgroep)!));
  for (const entry of naslag) {
    const group = beroepsgroepen.find((g) => g.id === entry.beroepsgroep)!;
    documents.push(naslagSearchDocument(naslagView(entry, group.sector), groups.get(group.id)!));
  }
  documents.push(...glossarySearchDocuments(glossary));
  return documents;
}
