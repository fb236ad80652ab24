import { moduleStatus } from '../../modules/progress/module-status.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import { format, type UiSection } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { modulePath } from '../lib/paths.ts';
import { dutchDate, remainingText, summaryText, type ProgressStrings } from './progress-texts.ts';
import { statusModule } from './status-module.ts';

interface Props {
  progress: Progress | undefined;
  /** Every module's data, once loaded; a string while loading or after a failed load. */
  modules: ModuleData[] | 'laden' | 'fout';
  strings: UiSection<'myProgress.modules.'> & ProgressStrings;
}

/** Whether the record holds anything at all. */
export function isEmpty(progress: Progress): boolean {
  const { lessons, answers, attempts, completed } = progress;
  return lessons.length + attempts.length + Object.keys(answers).length + Object.keys(completed).length === 0;
}

/** "Per module": for each module, what the learner did and what remains, or that it is done. */
export function ModulesOverview({ progress, modules, strings }: Props) {
  const body = () => {
    if (!progress) return null;
    if (isEmpty(progress)) return <p>{strings['myProgress.modules.empty']}</p>;
    if (modules === 'laden') return <p>{strings['myProgress.modules.loading']}</p>;
    if (modules === 'fout') return <p>{strings['myProgress.modules.error']}</p>;
    return (
      <ul class="card-list" role="list">
        {modules.map((data) => {
          const status = moduleStatus(statusModule(data), progress);
          const started =
            status.totals.lessonsRead + status.totals.answered > 0 ||
            status.cases.some((c) => c.attempts > 0);
          const remaining = remainingText(status, data, strings);
          return (
            <li class="card">
              <h3>
                <a href={modulePath(data.id)}>{data.name}</a>
              </h3>
              {(status.complete || status.completedAt) && (
                <p>
                  <strong>{strings['progress.complete']}</strong>
                  {status.completedAt &&
                    ` ${format(strings['progress.completedOn'], { date: dutchDate(status.completedAt) })}`}
                </p>
              )}
              <p>{started ? summaryText(status, strings) : strings['progress.notStarted']}</p>
              {started && remaining && <p>{remaining}</p>}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <section aria-labelledby="per-module">
      <h2 id="per-module">{strings['myProgress.modules.heading']}</h2>
      {body()}
    </section>
  );
}
