/**
 * What a verdict says to a person, the same on the organisation page, in the CLI line, in the CSV and
 * on the PDF. A static site cannot sign, so "klopt" names what was checked, never more: the decisions
 * earn a pass on the edition the certificate names, and the file was not changed after it was made.
 * It does not say who made the file, nor that it came from doing the course (NOT_PROVEN). The status
 * values code filters on stay `geldig` and `ongeldig` (verify-certificate.ts); these are the words.
 */
import { formatEdition, formatScore } from './certificate-format.ts';
import type { RegisterVerdict } from './register-csv.ts';

/** The word for a verdict: `klopt` or `klopt niet`. */
export const VERDICT_WORD = { geldig: 'klopt', ongeldig: 'klopt niet' } as const;

/** What "klopt" means, in one line: what was checked. */
export const CHECKED = 'de keuzes halen de norm en het bestand is niet veranderd';

/** The verdict of a valid certificate as one sentence: "Klopt: de keuzes halen de norm en het bestand is niet veranderd." */
export const VALID_TEXT = `Klopt: ${CHECKED}.`;

/** The verdict of a certificate that is not valid, before its reason. */
export const INVALID_TEXT = 'Klopt niet';

/** What "klopt" does not prove, to follow "… zegt niet". */
export const NOT_PROVEN_WHAT =
  'wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt';

/** What "klopt" does not prove: "Dit zegt niet wie het bestand heeft gemaakt, en ook niet …". */
export const NOT_PROVEN = `Dit zegt niet ${NOT_PROVEN_WHAT}.`;

/**
 * Where to turn when "klopt" is not enough: the course in the organisation's own learning platform,
 * which knows who logged in and records what they did.
 */
export const USE_LMS =
  'Moet je zeker weten wie de cursus heeft gedaan? Zet hem dan in jullie eigen leeromgeving (LMS), met het SCORM- of cmi5-pakket.';

/**
 * One line of `npm run verify` per file: `KLOPT` with the name, module and edition, verification
 * code, score and what was checked; or `KLOPT NIET` with the reason.
 */
export function verdictLine(file: string, verdict: RegisterVerdict): string {
  if (verdict.status === 'ongeldig') return `KLOPT NIET  ${file}  ${verdict.reason}`;
  const { name, module, contentVersion, code, score } = verdict.summary;
  return `KLOPT       ${file}  ${name}, ${module} versie ${formatEdition(contentVersion)}, code ${code}, ${formatScore(score)}: ${CHECKED}`;
}
