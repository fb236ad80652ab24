import { useEffect } from 'preact/hooks';
import { format } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { PROGRESS_PATH } from '../lib/paths.ts';
import { siteUrl } from '../lib/site-url.ts';
import { publishItemTexts } from './item-status-store.ts';
import { dutchDate, itemTexts, remainingText, summaryText, type ProgressStrings } from './progress-texts.ts';
import { useModuleStatus } from './use-module-status.ts';

interface Props {
  module: ModuleData;
  strings: ProgressStrings;
}

/**
 * "Jouw voortgang" on a module page: the totals, what remains, and "Module afgerond" when done. It
 * also feeds the status line beside each lesson and case (ItemProgress). Scores come from the
 * cases' verify tables, so the page needs no case machine.
 */
export default function ModuleProgress({ module, strings }: Props) {
  const view = useModuleStatus(module);
  useEffect(() => {
    if (view) publishItemTexts(itemTexts(view.status, strings));
  }, [view]);
  const status = view?.status;
  const remaining = status && remainingText(status, module, strings);
  return (
    <section class="module-progress" aria-labelledby="jouw-voortgang">
      <h2 id="jouw-voortgang">{strings['progress.heading']}</h2>
      {view?.notice && (
        <p role="status" class="progress-notice">
          {view.notice}
        </p>
      )}
      <div class="progress-lines">
        {status?.completedAt && (
          <p class="progress-done">
            <strong>{strings['progress.complete']}</strong>{' '}
            {format(strings['progress.completedOn'], { date: dutchDate(status.completedAt) })}
          </p>
        )}
        {status && <p>{summaryText(status, strings)}</p>}
        {remaining && <p>{remaining}</p>}
      </div>
      <p class="meta">
        {strings['progress.where']} <a href={siteUrl(PROGRESS_PATH)}>{strings['progress.manage']}</a>
      </p>
    </section>
  );
}
