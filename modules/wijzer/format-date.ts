/** "14 maart 2026 om 10:42", in Dutch. */
export function formatDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}
