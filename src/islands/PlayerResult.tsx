import type { Ref } from 'preact';
import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { summarizeRun } from '../../modules/case-run/case-summary.ts';
import { viewRun, type CaseRun } from '../../modules/case-run/case-run.ts';
import type { PhaseLessons } from '../../modules/lesson/phase-lessons.ts';
import { format } from '../i18n/format.ts';
import { casePath, certificatePath, modulePath } from '../lib/paths.ts';
import { MomentStory } from './PlayerMoment.tsx';
import { ResultDetails } from './ResultDetails.tsx';
import type { PlayerStrings } from './player-text.ts';
import { siteUrl } from '../lib/site-url.ts';
import { buttonClass } from '../lib/button-class.ts';
import { buttonLinkClass } from '../lib/button-link-class.ts';

/** Where a learner can go after a case: its module, and the module's next case (null after the last). */
export interface AfterCase {
  module: { id: string; name: string };
  next: { id: string; title: string } | null;
}

interface Props {
  compiled: CompiledCase;
  run: CaseRun;
  strings: PlayerStrings;
  lessons: PhaseLessons;
  after: AfterCase;
  headingRef: Ref<HTMLHeadingElement>;
  onRetry: () => void;
}

/** The end of a run: how the case ended, then the result from summarizeRun, and what next: retry, the next case, the module. */
export function PlayerResult({ compiled, run, strings, lessons, after, headingRef, onRetry }: Props) {
  const ending = viewRun(run);
  return (
    <section class="player-result" aria-labelledby="resultaat-kop">
      <h2
        class="utrecht-heading-2 utrecht-heading-2--distanced"
        id="einde-kop"
        tabIndex={-1}
        ref={headingRef}
      >
        {ending.title ?? strings['player.ending']}
      </h2>
      <MomentStory view={ending} strings={strings} />
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="resultaat-kop">
        {strings['player.result.heading']}
      </h2>
      <ResultDetails summary={summarizeRun(compiled, run.log, lessons)} strings={strings} />
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced player-after-heading">
        {strings['player.after.heading']}
      </h3>
      {/* One primary action: the next case, or after the last one the module; the rest secondary. */}
      <ul class="player-after">
        <li>
          <button class={buttonClass('secondary', 'player-retry')} type="button" onClick={onRetry}>
            {strings['player.retry']}
          </button>
        </li>
        <li>
          {after.next ? (
            <a class={buttonLinkClass.primary} href={siteUrl(casePath(after.module.id, after.next.id))}>
              {format(strings['player.after.nextCase'], after.next)}
            </a>
          ) : (
            strings['player.after.lastCase']
          )}
        </li>
        <li>
          <a
            class={after.next ? 'utrecht-link utrecht-link--html-a' : buttonLinkClass.primary}
            href={siteUrl(modulePath(after.module.id))}
          >
            {format(strings['player.after.module'], { group: after.module.name })}
          </a>
        </li>
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={siteUrl(certificatePath(after.module.id))}>
            {format(strings['player.after.certificate'], { group: after.module.name })}
          </a>
        </li>
      </ul>
    </section>
  );
}
