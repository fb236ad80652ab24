/**
 * The classes of the NL Design System table (@utrecht/table-css, themed in src/styles/tokens.css), per
 * HTML element. Used by the tables we render (the case result, the organisation register) and by the
 * Markdown pipeline for the tables in lessons (src/integrations/design-system-tables.ts). Written out in
 * full: the build keeps only the utrecht rules whose classes a file in src/ names.
 */
export const tableClass = {
  table: 'utrecht-table',
  caption: 'utrecht-table__caption',
  thead: 'utrecht-table__header',
  tbody: 'utrecht-table__body',
  tr: 'utrecht-table__row',
  th: 'utrecht-table__header-cell',
  td: 'utrecht-table__cell',
} as const;

export type TableElement = keyof typeof tableClass;

/** The class attribute of a table element, with the component's own classes after it. */
export function tablePartClass(element: TableElement, ...own: (string | undefined)[]): string {
  return [tableClass[element], ...own.filter(Boolean)].join(' ');
}
