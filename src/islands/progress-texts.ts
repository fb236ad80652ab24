import type { CaseStatus, LessonStatus, ModuleStatus } from '../../modules/course/module-status.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';

/** The strings a progress view shows, handed to the island by its page. */
export type ProgressStrings = UiSection<'progress.'>;

/** The key of a lesson or a case in the lists of a module page: `les:<slug>`, `casus:<id>`. */
export const itemKey = (kind: 'les' | 'casus', id: string) => `${kind}:${id}`;

/** The status line of a lesson: read or not, and how many of its questions were answered right. */
export function lessonText(status: LessonStatus, strings: ProgressStrings): string {
  const state = status.read ? strings['progress.lesson.read'] : strings['progress.lesson.notStarted'];
  const answers =
    status.right > 0 || status.read
      ? `, ${format(strings['progress.lesson.answers'], { right: status.right, questions: status.questions })}`
      : '';
  return format(strings['progress.item'], { status: `${state}${answers}` });
}

/** The status lines of a case: its state with the best score and pass or fail, and attempts that do not count. */
export function caseTexts(status: CaseStatus, strings: ProgressStrings): string[] {
  const state = status.best
    ? format(strings[status.best.passed ? 'progress.case.passed' : 'progress.case.failed'], {
        total: status.best.total,
        max: status.best.max,
      })
    : strings[status.state === 'bezig' ? 'progress.case.busy' : 'progress.case.notStarted'];
  const lines = [format(strings['progress.item'], { status: state })];
  if (status.older > 0)
    lines.push(
      format(strings[status.older === 1 ? 'progress.case.older.one' : 'progress.case.older.other'], {
        count: status.older,
      }),
    );
  if (status.unreadable > 0) lines.push(strings['progress.case.unreadable']);
  return lines;
}

/** The status lines of every lesson and case of the module, by itemKey. */
export function itemTexts(status: ModuleStatus, strings: ProgressStrings): Record<string, string[]> {
  return Object.fromEntries([
    ...status.lessons.map((lesson) => [itemKey('les', lesson.slug), [lessonText(lesson, strings)]]),
    ...status.cases.map((found) => [itemKey('casus', found.id), caseTexts(found, strings)]),
  ]);
}

/** One sentence with the totals: lessons read, questions answered right, cases passed. */
export function summaryText(status: ModuleStatus, strings: ProgressStrings): string {
  return format(strings['progress.summary'], status.totals);
}

/** "Nog te doen: 2 lessen lezen, 3 kennisvragen goed beantwoorden en casus “X” halen.", or null when nothing is left. */
export function remainingText(
  status: ModuleStatus,
  data: ModuleData,
  strings: ProgressStrings,
): string | null {
  const { lessons, questions, cases } = status.remaining;
  const count = (n: number, key: 'lessons' | 'questions') =>
    format(strings[`progress.remaining.${key}.${n === 1 ? 'one' : 'other'}`], { count: n });
  const parts = [
    ...(lessons.length > 0 ? [count(lessons.length, 'lessons')] : []),
    ...(questions > 0 ? [count(questions, 'questions')] : []),
    ...cases.map((id) =>
      format(strings['progress.remaining.case'], { title: data.cases.find((c) => c.id === id)?.title ?? id }),
    ),
  ];
  if (parts.length === 0) return null;
  const list =
    parts.length === 1
      ? parts[0]!
      : `${parts.slice(0, -1).join(', ')} ${strings['progress.and']} ${parts.at(-1)}`;
  return format(strings['progress.remaining'], { list });
}

/** A date as Dutch readers write it: "22 november 2026". */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );
}
