import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../modules/glossary/glossary.schema.ts';
import { termLinker, type MdNode } from '../../../modules/glossary/link-terms.ts';
import { glossaryLinks } from '../../../src/integrations/glossary-links.ts';

const glossary: GlossaryEntry[] = [
  { id: 'kindcheck', begrip: 'kindcheck', uitleg: 'Zijn de kinderen van je cliënt veilig?' },
  { id: 'veilig-thuis', begrip: 'Veilig Thuis', uitleg: 'Het advies- en meldpunt in je regio.' },
  { id: 'acute-onveiligheid', begrip: 'acute onveiligheid', uitleg: 'Iemand is nu in gevaar, vandaag.' },
  {
    id: 'vgv',
    begrip: 'VGV',
    vormen: ['vrouwelijke genitale verminking'],
    uitleg: 'Het beschadigen van de geslachtsdelen.',
  },
];

/** Nodes as readable text: links as [words](url). */
const show = (nodes: MdNode[] | null) =>
  nodes?.map((n) => (n.type === 'link' ? `[${n.children![0]!.value}](${n.url})` : n.value)).join('');

describe('linking the first use of each begrip in a lesson', () => {
  it('links the first use only, in any case, and leaves the rest of the text as it was', () => {
    const link = termLinker(glossary);
    expect(show(link('Doe de Kindcheck bij elke cliënt. Een kindcheck kost weinig tijd.'))).toBe(
      'Doe de [Kindcheck](/begrippen/#kindcheck) bij elke cliënt. Een kindcheck kost weinig tijd.',
    );
    expect(link('Nog een kindcheck.')).toBeNull(); // later text nodes of the same lesson
    expect(show(link('Bel daarna Veilig Thuis.'))).toBe(
      'Bel daarna [Veilig Thuis](/begrippen/#veilig-thuis).',
    );
    expect(link('Kindcheck')).toBeNull();
    expect(termLinker(glossary)('De kindcheck')).not.toBeNull(); // a new lesson starts afresh
  });

  it('marks the link as a begrip, matches whole words only, over a line break, and other forms', () => {
    const link = termLinker(glossary);
    const parts = link('Kindchecks tellen niet. Bij acute\nonveiligheid handel je.')!;
    expect(show(parts)).toBe(
      'Kindchecks tellen niet. Bij [acute\nonveiligheid](/begrippen/#acute-onveiligheid) handel je.',
    );
    expect(parts[1]!.data?.hProperties).toEqual({ className: ['begrip-link'] });
    expect(show(link('Vrouwelijke genitale verminking (VGV) is strafbaar.'))).toBe(
      '[Vrouwelijke genitale verminking](/begrippen/#vgv) (VGV) is strafbaar.',
    );
  });

  it('changes nothing without a begrippenlijst or without a use', () => {
    expect(termLinker([])('De kindcheck')).toBeNull();
    expect(termLinker(glossary)('Niets om te linken.')).toBeNull();
  });
});

describe('the Sätteri plugin', () => {
  /** A tiny tree with parents, and a context that records replacements, as Sätteri's visitor gives. */
  function run(plugin: ReturnType<ReturnType<typeof glossaryLinks>>, path: MdNode[]) {
    const parents = new Map(path.slice(1).map((node, i) => [node, path[i]!]));
    const replaced: MdNode[][] = [];
    const text = path.at(-1)!;
    plugin!.text(text, {
      parent: (node) => parents.get(node),
      replaceNode: (_, nodes) => replaced.push(nodes),
    });
    return replaced;
  }
  const lesson = new URL('file:///project/content/lessen/basis/stappenplan.mdx');
  const text: MdNode = { type: 'text', value: 'de kindcheck' };

  it('links in lessons, not inside a heading, a link or code', () => {
    const plugin = glossaryLinks(glossary)({ fileURL: lesson });
    expect(run(plugin, [{ type: 'root' }, { type: 'heading' }, text])).toEqual([]);
    expect(
      run(plugin, [{ type: 'root' }, { type: 'paragraph' }, { type: 'link' }, { type: 'strong' }, text]),
    ).toEqual([]);
    const [parts] = run(plugin, [{ type: 'root' }, { type: 'paragraph' }, { type: 'emphasis' }, text]);
    expect(show(parts!)).toBe('de [kindcheck](/begrippen/#kindcheck)');
  });

  it('leaves every other page alone', () => {
    expect(
      glossaryLinks(glossary)({ fileURL: new URL('file:///project/content/paginas/over.mdx') }),
    ).toBeNull();
    expect(glossaryLinks(glossary)({ fileURL: undefined })).toBeNull();
  });
});
