/**
 * SCORM 1.2 CMITimespan for `cmi.core.session_time`: `HHHH:MM:SS.SS` (hours at least two digits, at
 * most four; seconds with at most two decimals). Longer than 9999 hours is written as the maximum.
 */
export function scormTimespan(milliseconds: number): string {
  const max = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
  const hundredths = Math.min(
    max,
    Math.max(0, Math.floor((Number.isFinite(milliseconds) ? milliseconds : 0) / 10)),
  );
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  const rest = hundredths % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(rest)}`;
}

/** An ISO 8601 duration for an xAPI `result.duration`: `PT1H12M5S`, `PT45S`, `PT0S`. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor(whole / 60) % 60;
  const rest = whole % 60;
  const text = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || whole === 0 ? `${rest}S` : ''}`;
  return `PT${text}`;
}
