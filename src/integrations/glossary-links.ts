import type { GlossaryEntry } from '../../modules/glossary/glossary.schema.ts';
import { SKIP_INSIDE, termLinker, type MdNode } from '../../modules/glossary/link-terms.ts';

/** What a Sätteri mdast plugin gets to change the tree (the parts used here). */
interface VisitorContext {
  parent(node: MdNode): MdNode | undefined;
  replaceNode(node: MdNode, nodes: MdNode[]): void;
}

/**
 * A Sätteri mdast plugin entry (Astro 7's Markdown processor, @astrojs/markdown-satteri): in each
 * lesson (content/lessen/), the first use of every begrip links to its explanation on /begrippen/
 * (modules/glossary/link-terms.ts). The factory runs once per document, so each lesson starts with
 * nothing linked; other pages get no plugin.
 */
export function glossaryLinks(glossary: readonly GlossaryEntry[]) {
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    if (!fileURL?.pathname.includes('/content/lessen/')) return null;
    const link = termLinker(glossary);
    return {
      name: 'meldcode-begrippen',
      text(node: MdNode, ctx: VisitorContext) {
        for (let up = ctx.parent(node); up; up = ctx.parent(up)) if (SKIP_INSIDE.has(up.type)) return;
        const parts = link(node.value ?? '');
        if (parts) ctx.replaceNode(node, parts);
      },
    };
  };
}
