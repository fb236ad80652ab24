import type { Progress } from './progress.ts';
import { lastWorkedAt } from './resume-point.ts';

/**
 * The learner's own beroepsgroep, as far as the record shows it: the module of the latest answer or
 * case attempt, leaving out the modules every learner takes (`shared`, the basis module). `null` when
 * the learner has only worked in those, or not at all. `groupOfCase` gives a case's module by its id.
 */
export function ownGroup(
  progress: Progress,
  groupOfCase: Readonly<Record<string, string>>,
  shared: readonly string[],
): string | null {
  let found: string | null = null;
  let latest = -Infinity;
  const consider = (group: string | undefined, at: string) => {
    if (group === undefined || shared.includes(group) || Date.parse(at) < latest) return;
    latest = Date.parse(at);
    found = group;
  };
  for (const [key, answer] of Object.entries(progress.answers)) consider(key.split('/')[0], answer.last.at);
  for (const attempt of progress.attempts)
    consider(
      Object.hasOwn(groupOfCase, attempt.caseId) ? groupOfCase[attempt.caseId] : undefined,
      lastWorkedAt(attempt),
    );
  return found;
}
