import { t } from '../i18n/ui.ts';

/** A module's study time in minutes: the reading time of its lessons plus the playing time of its cases. */
export function studyMinutes(
  lessons: readonly { minutes: number }[],
  cases: readonly { minutes: number }[],
): number {
  return [...lessons, ...cases].reduce((total, { minutes }) => total + minutes, 0);
}

/** Whole minutes as Dutch text: "1 minuut", "45 minuten", "2 uur", "2 uur en 5 minuten". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const restText = rest === 1 ? t('duration.minute') : t('duration.minutes', { minutes: rest });
  if (hours === 0) return restText;
  if (rest === 0) return t('duration.hours', { hours });
  return t('duration.hoursAndMinutes', { hours, rest: restText });
}
