import { moduleStatus, type ModuleStatus } from '../../modules/course/module-status.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { modulePath } from '../lib/paths.ts';
import { siteUrl } from '../lib/site-url.ts';
import { dutchDate, remainingText, summaryText, type ProgressStrings } from './progress-texts.ts';

type Strings = UiSection<'myProgress.modules.'> & ProgressStrings;

interface Props {
  progress: Progress | undefined;
  /** Every module's data, once loaded; a string while loading or after a failed load. */
  modules: ModuleData[] | 'laden' | 'fout';
  strings: Strings;
}

/** Whether the record holds anything at all. */
export function isEmpty(progress: Progress): boolean {
  const { lessons, answers, attempts, completed } = progress;
  return lessons.length + attempts.length + Object.keys(answers).length + Object.keys(completed).length === 0;
}

const started = (status: ModuleStatus) =>
  status.completedAt !== null ||
  status.totals.lessonsRead + status.totals.right > 0 ||
  status.cases.some((c) => c.attempts + c.older > 0);

/** "Per module": what the learner did in each module they started and what remains; then the others. */
export function ModulesOverview({ progress, modules, strings }: Props) {
  const body = () => {
    if (!progress) return null;
    if (isEmpty(progress)) return <p>{strings['myProgress.modules.empty']}</p>;
    if (modules === 'laden') return <p>{strings['myProgress.modules.loading']}</p>;
    if (modules === 'fout') return <p>{strings['myProgress.modules.error']}</p>;
    const all = modules.map((data) => ({ data, status: moduleStatus(data, progress) }));
    const others = all.filter(({ status }) => !started(status));
    return (
      <>
        <ul class="card-list" role="list">
          {all
            .filter(({ status }) => started(status))
            .map(({ data, status }) => (
              <ModuleCard data={data} status={status} strings={strings} />
            ))}
        </ul>
        {others.length > 0 && (
          <>
            <p>{strings['myProgress.modules.notStarted']}</p>
            <ul>
              {others.map(({ data }) => (
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href={siteUrl(modulePath(data.id))}>
                    {data.name}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  };
  return (
    <section aria-labelledby="per-module">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="per-module">
        {strings['myProgress.modules.heading']}
      </h2>
      {body()}
    </section>
  );
}

function ModuleCard({ data, status, strings }: { data: ModuleData; status: ModuleStatus; strings: Strings }) {
  const remaining = remainingText(status, data, strings);
  return (
    <li class="card">
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">
        <a class="utrecht-link utrecht-link--html-a" href={siteUrl(modulePath(data.id))}>
          {data.name}
        </a>
      </h3>
      {(status.complete || status.completedAt) && (
        <p>
          <strong>{strings['progress.complete']}</strong>
          {status.completedAt &&
            ` ${format(strings['progress.completedOn'], { date: dutchDate(status.completedAt) })}`}
        </p>
      )}
      <p>{summaryText(status, strings)}</p>
      {remaining && <p>{remaining}</p>}
    </li>
  );
}
