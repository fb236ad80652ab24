import { Alert } from './Alert.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { viewRun } from '../../modules/case-run/case-run.ts';
import type { PlayableCase } from '../../modules/case-run/playable-case.ts';
import type { PhaseLessons } from '../../modules/lesson/phase-lessons.ts';
import { sideRoutesIn } from '../lib/stappenplan-diagram.ts';
import { CaseTextWait, type CaseTextStrings } from './CaseTextWait.tsx';
import type { EarlyChoice } from './early-choice.ts';
import { PlayerFeedback } from './PlayerFeedback.tsx';
import { PlayerMoment } from './PlayerMoment.tsx';
import type { AfterCase } from './PlayerResult.tsx';
import { currentAttemptId } from './player-state.ts';
import type { PlayerFirstStrings, PlayerStrings } from './player-text.ts';
import { useCaseRun } from './use-case-run.ts';
import { useCaseText } from './use-case-text.ts';
import { useLazyModule } from './use-lazy-module.ts';

/** The result, looking back and the list of attempts (player-later.ts): not needed before the first choice. */
const loadLater = () => import('./player-later.ts');

export interface CasePlayerProps {
  /** The case's structure with its first moment in full (src/lib/case-text-file.ts). */
  playable: PlayableCase;
  /** The rest of its text, fetched on the learner's first interaction or at once when resuming. */
  textUrl: string;
  strings: PlayerFirstStrings & CaseTextStrings;
  /** The lesson for each phase of the case (lesson/phase-lessons.ts), linked from the result. */
  lessons: PhaseLessons;
  /** The case's module and its next case, offered on the result. */
  after: AfterCase;
  /** The attempt the page began before the player woke (early-choice.ts): not in the page's props. */
  early?: EarlyChoice | null;
}

/**
 * The case player: renders the case run's view of the moment and sends the learner's choices to it.
 * After every change of screen, focus moves to the new screen's heading, which is scrolled into view
 * (smoothly only when the learner has not asked for reduced motion: see global.css).
 */
export default function CasePlayer({ playable, textUrl, strings, lessons, after, early }: CasePlayerProps) {
  const { compiled, state, notices, choose, proceed, continueAfter, restart, review } = useCaseRun(
    playable,
    early ?? null,
  );
  const [touched, setTouched] = useState(false);
  const touch = () => setTouched(true);
  const view = viewRun(state.run);
  // Only the first moment (its question, choices and their feedback) is on the page itself.
  const firstMoment =
    !state.review &&
    (state.screen === 'loading' ||
      (state.screen === 'moment' && view.node === playable.def.start) ||
      (state.screen === 'feedback' && state.run.log.at(-1)?.node === playable.def.start));
  // The later moments' text: fetched once the learner starts (a pointer or focus in the player), or at
  // once when stored attempts may show it (a resumed attempt, earlier attempts to look back on).
  const text = useCaseText(
    textUrl,
    playable.def,
    touched || !firstMoment || state.attempt !== null || state.attempts.length > 0,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // Loaded after the first choice (so the result is there by the end), or at once when there are stored
  // attempts to list or to look back on.
  const later = useLazyModule(
    loadLater,
    state.screen !== 'loading' &&
      (state.attempt !== null || state.review !== null || state.attempts.length > 0),
  );
  // The heading of a later screen appears once its code has loaded: focus moves there then.
  const focused = useRef(0);
  useEffect(() => {
    if (state.focus === focused.current || !heading.current) return;
    focused.current = state.focus;
    heading.current.focus({ preventScroll: true });
    heading.current.scrollIntoView({ block: 'start' });
  }, [state.focus, later, text.status]);
  const sideRoutes = sideRoutesIn(compiled.def.nodes.map((node) => node.phase));
  // Earlier attempts are offered on the result screen and before the first choice of a new run.
  const listed =
    !state.review && (state.screen === 'result' || (state.screen === 'moment' && !state.attempt));
  const earlier =
    listed && later
      ? later.earlierAttempts(state.attempts, playable, compiled, currentAttemptId(state))
      : null;
  const waiting = text.status !== 'ready' && !firstMoment;
  // The later screens' strings come with their code.
  const all: PlayerStrings | null = later && { ...strings, ...later.playerLaterStrings };
  return (
    <div class="player" onPointerDown={touch} onFocusIn={touch}>
      <div role="status" class="player-status">
        {notices.map((message) => (
          <Alert kind="info">
            <p>{message}</p>
          </Alert>
        ))}
      </div>
      {waiting ? (
        <CaseTextWait status={text.status} strings={strings} onRetry={text.retry} />
      ) : state.review ? (
        later &&
        all && (
          <later.PlayerReview
            compiled={compiled}
            review={state.review}
            strings={all}
            lessons={lessons}
            headingRef={heading}
            onMove={review}
          />
        )
      ) : state.screen === 'feedback' && view.feedback ? (
        <PlayerFeedback feedback={view.feedback} strings={strings} headingRef={heading} onNext={proceed} />
      ) : state.screen === 'result' ? (
        later &&
        all && (
          <later.PlayerResult
            compiled={compiled}
            run={state.run}
            strings={all}
            lessons={lessons}
            after={after}
            headingRef={heading}
            onRetry={restart}
          />
        )
      ) : (
        <PlayerMoment
          view={view}
          strings={strings}
          sideRoutes={sideRoutes}
          headingRef={heading}
          written={
            state.screen === 'loading'
              ? (compiled.nodes.get(view.node)?.choices ?? []).map((choice) => choice.id)
              : undefined
          }
          onChoose={choose}
          onContinue={continueAfter}
        />
      )}
      {/* Earlier attempts name the later moments' choices too. */}
      {text.status === 'ready' && earlier && later && all && (
        <later.AttemptList
          {...earlier}
          strings={all}
          onView={({ attempt }) => review({ attempt, step: 'summary' })}
        />
      )}
    </div>
  );
}
