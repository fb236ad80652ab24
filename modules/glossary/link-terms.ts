import type { GlossaryEntry } from './glossary.schema.ts';

/** The parts of a Markdown tree (mdast) the linker reads and writes. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

/** Nodes whose text is never linked: headings, links, code, raw HTML and MDX code. */
export const SKIP_INSIDE: ReadonlySet<string> = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'code',
  'inlineCode',
  'html',
  'image',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Where an entry's explanation is: its anchor on the begrippenlijst. */
export const glossaryHref = (id: string) => `/begrippen/#${id}`;

/** Every form of an entry that links to it: the word itself and its other forms. */
export function termForms(entry: Pick<GlossaryEntry, 'begrip' | 'vormen'>): string[] {
  return [entry.begrip, ...(entry.vormen ?? [])];
}

/**
 * A linker for one lesson: given the text of one text node (in reading order), the nodes that replace
 * it, with the first use of each begrip not linked yet in this lesson turned into a link to its
 * explanation on the begrippenlijst (whole words, any case, over line breaks); `null` when the text
 * stays as it is. A begrip is linked once per lesson, so the reader is pointed to it once and the
 * text stays calm. The caller skips text inside the node types in SKIP_INSIDE.
 */
export function termLinker(glossary: readonly GlossaryEntry[]): (text: string) => MdNode[] | null {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of glossary) for (const form of termForms(entry)) byForm.set(form.toLowerCase(), entry);
  if (byForm.size === 0) return () => null;
  const alternatives = [...byForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const linked = new Set<string>();
  return (text) => {
    const parts: MdNode[] = [];
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      const entry = byForm.get(match[0].toLowerCase().replace(/\s+/g, ' '))!;
      if (linked.has(entry.id)) continue;
      linked.add(entry.id);
      if (match.index > from) parts.push({ type: 'text', value: text.slice(from, match.index) });
      parts.push({
        type: 'link',
        url: glossaryHref(entry.id),
        children: [{ type: 'text', value: match[0] }],
        data: { hProperties: { className: ['begrip-link'] } },
      });
      from = match.index + match[0].length;
    }
    if (from === 0) return null;
    if (from < text.length) parts.push({ type: 'text', value: text.slice(from) });
    return parts;
  };
}
