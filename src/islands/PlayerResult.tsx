import type { Ref } from 'preact';
import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { summarizeRun } from '../../modules/case-run/case-summary.ts';
import { viewRun, type CaseRun } from '../../modules/case-run/case-run.ts';
import { MomentStory } from './PlayerMoment.tsx';
import { ResultDetails } from './ResultDetails.tsx';
import type { PlayerStrings } from './player-text.ts';

interface Props {
  compiled: CompiledCase;
  run: CaseRun;
  strings: PlayerStrings;
  headingRef: Ref<HTMLHeadingElement>;
  onRetry: () => void;
}

/** The end of a run: how the case ended, then the result from summarizeRun, and "Opnieuw spelen". */
export function PlayerResult({ compiled, run, strings, headingRef, onRetry }: Props) {
  const ending = viewRun(run);
  return (
    <section class="player-result" aria-labelledby="resultaat-kop">
      <h2 id="einde-kop" tabIndex={-1} ref={headingRef}>
        {ending.title ?? strings['player.ending']}
      </h2>
      <MomentStory view={ending} strings={strings} />
      <h2 id="resultaat-kop">{strings['player.result.heading']}</h2>
      <ResultDetails
        summary={summarizeRun(compiled, run.log)}
        strings={strings}
        passPercentage={compiled.passPercentage}
      />
      <button type="button" class="player-retry" onClick={onRetry}>
        {strings['player.retry']}
      </button>
    </section>
  );
}
