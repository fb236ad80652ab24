/**
 * The classes of the NL Design System button (@utrecht/button-css, themed in src/styles/controls.css).
 * - primary: the one next step on a screen (filled with the accent colour);
 * - secondary: every other action (outlined);
 * - subtle: a control inside a table header (text only).
 */
export type ButtonKind = 'primary' | 'secondary' | 'subtle';

const appearance: Record<ButtonKind, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

/** The class attribute of a button of this kind, with the component's own classes after it. */
export function buttonClass(kind: ButtonKind, ...own: string[]): string {
  return ['utrecht-button', appearance[kind], ...own].join(' ');
}
