import type { Element } from 'hast';
import { tableClass, type TableElement } from '../lib/table-class.ts';

/** What a Sätteri hast plugin gets to change an element (the part used here). */
export interface HastContext {
  /** Sets one HTML property (attribute) of the element. */
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

const elements = Object.keys(tableClass) as TableElement[];

/** A class list (hast's className) with the design-system classes `names` first, each once. */
export function withClassesFirst(names: readonly string[], className: unknown): string[] {
  const own = Array.isArray(className)
    ? className.map(String)
    : typeof className === 'string'
      ? className.split(/\s+/)
      : [];
  return [...names, ...own.filter((c) => c !== '' && !names.includes(c))];
}

/** The element's class list with the design-system class for its tag added (once, first). */
export function withTableClass(element: TableElement, className: unknown): string[] {
  return withClassesFirst([tableClass[element]], className);
}

/**
 * A Sätteri hast plugin (Astro 7's Markdown processor, @astrojs/markdown-satteri): every table written
 * in Markdown (the lessons' tables) is an NL Design System table, as the ones the islands render
 * (issue 21): each table, caption, thead, tbody, tr, th and td gets its utrecht-table class.
 */
export const designSystemTables = {
  name: 'meldcode-design-system-tables',
  element: {
    filter: elements,
    visit(node: Readonly<Element>, ctx: HastContext) {
      const element = node.tagName as TableElement;
      ctx.setProperty(node, 'className', withTableClass(element, node.properties?.className));
    },
  },
};
