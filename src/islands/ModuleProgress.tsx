import { Alert } from './Alert.tsx';
import { useEffect } from 'preact/hooks';
import { nextStep, type NextStep } from '../../modules/course/next-step.ts';
import type { ModuleStatus } from '../../modules/course/module-status.ts';
import { format } from '../i18n/format.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { casePath, certificatePath, lessonPath, PROGRESS_PATH } from '../lib/paths.ts';
import { buttonLinkClass } from '../lib/button-link-class.ts';
import { siteUrl } from '../lib/site-url.ts';
import { publishItemTexts } from './item-status-store.ts';
import { dutchDate, itemTexts, remainingText, summaryText, type ProgressStrings } from './progress-texts.ts';
import { useModuleStatus } from './use-module-status.ts';

interface Props {
  module: ModuleData;
  strings: ProgressStrings;
}

/** How much of the module is done, in whole percents: lessons read, questions right and cases passed. */
function percentDone(status: ModuleStatus | undefined): number {
  if (!status) return 0;
  const { lessonsRead, lessons, right, questions, casesPassed, cases } = status.totals;
  const total = lessons + questions + cases;
  return total === 0 ? 0 : Math.floor((100 * (lessonsRead + right + casesPassed)) / total);
}

/** The next step as a link: where it goes and what it says. */
function stepLink(module: ModuleData, step: NextStep, strings: ProgressStrings) {
  if (step.kind === 'les')
    return {
      href: lessonPath(module.id, step.slug),
      text: format(strings[step.first ? 'progress.next.first' : 'progress.next.lesson'], {
        title: step.title,
      }),
    };
  if (step.kind === 'casus')
    return {
      href: casePath(module.id, step.id),
      text: format(strings['progress.next.case'], { title: step.title }),
    };
  return { href: certificatePath(module.id), text: strings['progress.next.certificate'] };
}

/**
 * "Jouw voortgang" at the top of a module page: a progress bar with its text, the totals, what
 * remains, "Module afgerond" when done, and the next step as the page's one primary button (before
 * the progress is read: the first lesson). It also feeds the status line beside each lesson and case
 * (ItemProgress). Scores come from the cases' verify tables, so the page needs no case machine.
 */
export default function ModuleProgress({ module, strings }: Props) {
  const view = useModuleStatus(module);
  useEffect(() => {
    if (view) publishItemTexts(itemTexts(view.status, strings));
  }, [view]);
  const status = view?.status;
  const remaining = status && remainingText(status, module, strings);
  const next = stepLink(module, nextStep(module, status ?? null), strings);
  return (
    <section class="module-progress" aria-labelledby="jouw-voortgang">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="jouw-voortgang">
        {strings['progress.heading']}
      </h2>
      {view?.notice && (
        <Alert kind="error">
          <p role="status">{view.notice}</p>
        </Alert>
      )}
      <div class="progress-bar utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="module-voortgang">
          {format(strings['progress.bar'], { percent: percentDone(status) })}
        </label>
        <progress
          class="utrecht-form-field__input"
          id="module-voortgang"
          max={100}
          value={percentDone(status)}
        />
      </div>
      <p class="module-next">
        <a class={buttonLinkClass.primary} href={siteUrl(next.href)}>
          {next.text}
        </a>
      </p>
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
        {strings['progress.where']}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={siteUrl(PROGRESS_PATH)}>
          {strings['progress.manage']}
        </a>
      </p>
    </section>
  );
}
