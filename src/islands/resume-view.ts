import type { ResumePoint } from '../../modules/progress/resume-point.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { casePath, lessonPath } from '../lib/paths.ts';
import type { ResumeTargets } from '../lib/resume-targets.ts';

/** The link "verder waar je was" shows, or null when there is none (or its lesson or case is gone). */
export function resumeView(
  point: ResumePoint | null,
  targets: ResumeTargets,
  strings: UiSection<'resume.'>,
): { href: string; text: string } | null {
  if (!point) return null;
  const own = <T>(record: Record<string, T>, key: string) =>
    Object.hasOwn(record, key) ? record[key] : undefined;
  if (point.kind === 'les') {
    const title = own(targets.lessons, `${point.beroepsgroep}/${point.slug}`);
    const group = own(targets.groups, point.beroepsgroep);
    if (title === undefined || group === undefined) return null;
    return {
      href: lessonPath(point.beroepsgroep, point.slug),
      text: format(strings['resume.lesson'], { title, group }),
    };
  }
  const found = own(targets.cases, point.caseId);
  const group = found && own(targets.groups, found[0]);
  if (!found || group === undefined) return null;
  return {
    href: casePath(found[0], point.caseId),
    text: format(strings['resume.case'], { title: found[1], group }),
  };
}
