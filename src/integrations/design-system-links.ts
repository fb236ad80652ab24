import type { Element } from 'hast';
import { headingClass } from '../lib/heading-class.ts';
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

/**
 * A Sätteri hast plugin: every heading written in Markdown (h1 to h4) is an NL Design System heading of
 * its level, as the headings in our components (src/lib/heading-class.ts).
 */
export const designSystemHeadings = {
  name: 'meldcode-design-system-headings',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4'],
    visit(node: Readonly<Element>, ctx: HastContext) {
      const level = Number(node.tagName[1]) as keyof typeof headingClass;
      ctx.setProperty(
        node,
        'className',
        withClassesFirst(headingClass[level].split(' '), node.properties?.className),
      );
    },
  },
};
