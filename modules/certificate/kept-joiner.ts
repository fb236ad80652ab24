/**
 * Scripts whose writing needs the zero-width non-joiner U+200C and joiner U+200D between letters:
 * Persian and other languages in Arabic script (نیک‌نام), Syriac, N'Ko, Mongolian, and the Indic
 * scripts, where after a virama they choose how consonants join. Elsewhere the two show nothing.
 */
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Nko',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];
/**
 * A non-joiner or joiner that is kept: after a letter or mark and before a letter, both of one joining
 * script (JOINING_SCRIPTS). Two in a row, or one next to a space, another script or the start or end
 * of the text, are not kept. Issuing keeps it in a name (certificate-record.ts), verification accepts
 * it, and the CLI prints it as itself (cli/terminal-text.ts).
 */
export const KEPT_JOINER = new RegExp(
  JOINING_SCRIPTS.map(
    (script) => `(?<=[\\p{L}\\p{M}])(?<=\\p{scx=${script}})[\\u200c\\u200d](?=\\p{L})(?=\\p{scx=${script}})`,
  ).join('|'),
  'gu',
);

/** Where in `text` a joiner stands that is kept (KEPT_JOINER): the indexes of those joiners. */
export function keptJoiners(text: string): Set<number> {
  const kept = new Set<number>();
  for (const { index } of text.matchAll(KEPT_JOINER)) kept.add(index);
  return kept;
}
