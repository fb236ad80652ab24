// How a certificate's dates, study time and score read in Dutch: plain functions, no schema, so a page can
// format a register without loading the certificate record's code.

/** Certificates are Dutch: their day is Amsterdam's, also for a verifier abroad or a CI in UTC. */
const ZONE = 'Europe/Amsterdam';
const short = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const long = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `dd-mm-jjjj`, as Dutch Excel reads a date: `02-12-2026`. */
export function formatDate(iso: string): string {
  const parts = Object.fromEntries(short.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year}`;
}

/** The date in words: `2 december 2026`. */
export function formatLongDate(iso: string): string {
  return long.format(new Date(iso));
}

/** Minutes as Dutch text: `45 minuten`, `2 uur`, `1 uur en 35 minuten`. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const restText = rest === 1 ? '1 minuut' : `${rest} minuten`;
  if (hours === 0) return restText;
  return rest === 0 ? `${hours} uur` : `${hours} uur en ${restText}`;
}

/**
 * Measured seconds as Dutch text, to the minute: `1 uur en 12 minuten`, `45 minuten`; under half a
 * minute `minder dan een minuut`.
 */
export function formatSeconds(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes === 0 ? 'minder dan een minuut' : formatMinutes(minutes);
}

/**
 * The measured time as a certificate and the register say it: `1 uur en 12 minuten`; `ten minste 40
 * minuten` when part of the work was done before time was measured; `niet gemeten` when none of it
 * was measured, or for a certificate issued before time was measured (`null`).
 */
export function formatMeasured(measured: { seconds: number; unmeasured: number } | null): string {
  if (measured === null || (measured.seconds === 0 && measured.unmeasured > 0)) return 'niet gemeten';
  const time = formatSeconds(measured.seconds);
  return measured.unmeasured > 0 ? `ten minste ${time}` : time;
}

/** `12 van 14 punten (86%)`. */
export function formatScore(score: { total: number; max: number; percentage: number }): string {
  return `${score.total} van ${score.max} punten (${score.percentage}%)`;
}

/** A module edition as people compare it: the first 12 hex digits of its content version, `99363935d44b`. */
export function formatEdition(contentVersion: string): string {
  return contentVersion.replace(/^sha256:/, '').slice(0, 12);
}
