/**
 * The class attribute of a link in text (`<a href>`): the NL Design System link (@utrecht/link-css),
 * themed in src/styles/tokens.css (every page has its CSS, in global.css). Every link that is not a
 * button link (button-link-class.ts) or the skip link has it; the Markdown pipeline gives it to the links
 * in lessons (src/integrations/design-system-links.ts).
 * - current: the link to the page you are on (in a menu or a list of lessons), in bold.
 * Written out in full: the build keeps only the utrecht rules whose classes a file in src/ names.
 */
export const linkClass = 'utrecht-link utrecht-link--html-a';
export const currentLinkClass = 'utrecht-link utrecht-link--html-a utrecht-link--current';
