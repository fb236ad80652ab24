/** Files of this size or more are refused before they are read: a certificate PDF is about 10 KB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file of this size is refused, in plain Dutch (the organisation page says it before reading the file). */
export function tooLargeReason(size: number): string {
  return `Het bestand is ${megabytes(size)} groot; een bewijs van deelname is veel kleiner (bestanden vanaf 20 MB worden niet gelezen).`;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}
