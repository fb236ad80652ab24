import type { Element } from 'hast';
import { linkClass } from '../lib/link-class.ts';
import { withClassesFirst, type HastContext } from './design-system-tables.ts';

const classes = linkClass.split(' ');

/**
 * A Sätteri hast plugin (Astro 7's Markdown processor): every link written in Markdown (a lesson's
 * links, and the begrippen the glossary step links) is an NL Design System link, as the links in our
 * components (issue 21): it gets the classes of src/lib/link-class.ts before its own.
 */
export const designSystemLinks = {
  name: 'meldcode-design-system-links',
  element: {
    filter: ['a'],
    visit(node: Readonly<Element>, ctx: HastContext) {
      if (node.properties?.href === undefined) return;
      ctx.setProperty(node, 'className', withClassesFirst(classes, node.properties?.className));
    },
  },
};
