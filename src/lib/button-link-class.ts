/**
 * The class attribute of a link (`<a href>`) that looks like a button: the NL Design System button link
 * (@utrecht/button-link-css), for a next step that goes to another page. It reads the button's tokens in
 * src/styles/controls.css, so it looks like the button of the same kind. A page that renders one imports
 * src/styles/controls.css, or the lazy part that renders it brings the CSS (the case player's result:
 * src/styles/player-later.css); tests/e2e/design-system.spec.ts checks that every page has it.
 * - primary: the one next step on a screen (filled with the accent colour);
 * - secondary: every other step (outlined).
 * Plain strings, written out in full: the build keeps only the utrecht rules whose classes a file in src/
 * names, and a string constant costs an island no chunk of its own.
 */
export const buttonLinkClass = {
  primary: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
  secondary: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
} as const;
