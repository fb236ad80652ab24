/**
 * What a verdict says to a person, the same on the organisation page, in the CLI line, in the CSV and
 * on the PDF. A static site cannot sign, so "klopt" names what was checked, never more: the decisions
 * earn a pass on the edition the certificate names, and the file was not changed after it was made.
 * It does not say who made the file, nor that it came from doing the course (NOT_PROVEN). The status
 * values code filters on stay `geldig` and `ongeldig` (verify-certificate.ts); these are the words.
 */

/** The word for a verdict: `klopt` or `klopt niet`. */
export const VERDICT_WORD = { geldig: 'klopt', ongeldig: 'klopt niet' } as const;

/** What "klopt" means, in one line: what was checked. */
export const CHECKED = 'de keuzes halen de norm en het bestand is niet veranderd';

/** The verdict of a valid certificate as one sentence: "Klopt: de keuzes halen de norm en het bestand is niet veranderd." */
export const VALID_TEXT = `Klopt: ${CHECKED}.`;

/** What "klopt" does not prove. */
export const NOT_PROVEN =
  'Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt.';
