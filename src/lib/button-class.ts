/**
 * The classes of the NL Design System button (@utrecht/button-css, themed in src/styles/controls.css).
 * - primary: the one next step on a screen (filled with the accent colour);
 * - secondary: every other action (outlined).
 * The register's sort buttons (text only) name `utrecht-button--subtle` themselves
 * (src/islands/RegisterTable.tsx): a page keeps the design-system rules of the classes its scripts name
 * (src/integrations/merged-page-css.ts), so naming it here would give every page with a button its rules.
 */
export type ButtonKind = 'primary' | 'secondary';

const appearance: Record<ButtonKind, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
};

/** The class attribute of a button of this kind, with the component's own classes after it. */
export function buttonClass(kind: ButtonKind, ...own: string[]): string {
  return ['utrecht-button', appearance[kind], ...own].join(' ');
}
