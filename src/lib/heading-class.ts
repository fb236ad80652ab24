/**
 * The class attribute of a heading (`<h1>` to `<h4>`): the NL Design System heading of its level
 * (@utrecht/heading-1-css … heading-4-css, themed in src/styles/tokens.css, on every page by global.css),
 * distanced: with the room above and below that the tokens give it. Every heading has it; the Markdown
 * pipeline gives it to the headings in lessons (src/integrations/design-system-links.ts).
 * Written out in full: the build keeps only the utrecht rules whose classes a file in src/ names.
 */
export const headingClass = {
  1: 'utrecht-heading-1 utrecht-heading-1--distanced',
  2: 'utrecht-heading-2 utrecht-heading-2--distanced',
  3: 'utrecht-heading-3 utrecht-heading-3--distanced',
  4: 'utrecht-heading-4 utrecht-heading-4--distanced',
} as const;
