/**
 * Files of this size or more are refused before they are read. Our certificate PDF is about 10 KB (a
 * record as JSON about 3 KB, and at most MAX_RECORD_BYTES); a PDF tool that saves it again adds a few
 * kilobytes. One megabyte leaves a hundredfold margin, while the PDFs pdf-lib is slow on (many small
 * objects: a second and hundreds of megabytes of memory per few megabytes of file) stay out.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * A PDF with more objects than this is refused before pdf-lib parses it: our certificate has about
 * 30 (a page, its fonts, the structure tree, the attachment). Counted from the bytes
 * (countPdfObjects in pdf-limits.ts): every `obj` keyword, and what every object stream says it holds.
 */
export const MAX_PDF_OBJECTS = 1000;

const number = (n: number) => n.toLocaleString('nl-NL');

/** Why a file of this size is refused, in plain Dutch (the organisation page says it before reading the file). */
export function tooLargeReason(size: number): string {
  return `Het bestand is ${megabytes(size)} groot; een bewijs van deelname is veel kleiner (bestanden vanaf ${megabytes(MAX_FILE_BYTES)} worden niet gelezen).`;
}

/** Why a PDF of too many objects is refused, in plain Dutch. */
export function tooManyObjectsReason(): string {
  return `Deze PDF bestaat uit veel meer onderdelen dan een bewijs van deelname (meer dan ${number(MAX_PDF_OBJECTS)} PDF-objecten); hij is niet gelezen.`;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}
