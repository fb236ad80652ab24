import { Alert } from '../Alert.tsx';
import { useEffect, useRef } from 'preact/hooks';
import type { PlayableCase } from '../../../modules/case-run/playable-case.ts';
import { sideRoutesIn, stappenplanDiagram } from '../../lib/stappenplan-diagram.ts';
import { compactLayout } from '../../lib/stappenplan-layouts.ts';
import { StappenplanSvg } from '../StappenplanSvg.tsx';
import { LeertafelMoment } from './LeertafelMoment.tsx';
import type { LeertafelLater } from './leertafel-later.ts';
import type { LeertafelFirstStrings } from './leertafel-strings.ts';
import { useLeertafel } from './use-leertafel.ts';
import { CaseTextWait, type CaseTextStrings } from '../CaseTextWait.tsx';
import { useCaseText } from '../use-case-text.ts';
import { useLazyModule } from '../use-lazy-module.ts';
import { buttonClass } from '../../lib/button-class.ts';
import { format } from '../../i18n/format.ts';

/** What the trainer's first action shows, with its strings (leertafel-later.ts). */
const loadLater = () => import('./leertafel-later.ts');
/** Stands in for leertafel-later.ts's loadSteps until that is there; never asked for (see `route`). */
const noSteps: LeertafelLater['loadSteps'] = () => new Promise(() => {});

export interface LeertafelProps {
  /** The case's structure with its first moment in full (src/lib/case-text-file.ts). */
  playable: PlayableCase;
  /** The rest of its text, fetched right after the first paint. */
  textUrl: string;
  /** The strings of the first moment; the rest come with leertafel-later.ts. */
  strings: LeertafelFirstStrings & CaseTextStrings;
}

/**
 * The leertafel: a case shown to a group, one moment at a time, with the expert's answer revealed only
 * when the trainer asks. A thin view on the case run (modules/case-run/leertafel.ts); nothing is scored
 * or stored. After every change of moment, focus moves to the moment's heading; a revealed answer is
 * scrolled into view.
 */
export default function Leertafel({ playable, textUrl, strings }: LeertafelProps) {
  const tafel = useLeertafel(playable);
  const { view } = tafel;
  // A trainer may go anywhere in the case at once: the rest of its text is fetched after the first paint,
  // and so is what the first action shows. That is asked for again when the text is (its retry button),
  // as both fail together offline.
  const text = useCaseText(textUrl, playable.def, true);
  const loaded = useLazyModule(loadLater, text.status !== 'failed');
  const later: LeertafelLater | null = loaded && {
    ...loaded,
    strings: { ...strings, ...loaded.leertafelLaterStrings },
  };
  const textWait = text.status !== 'ready' && (view.consequence || view.node !== playable.def.start);
  // After a choice a moment waits for the later part as well (the first moment shows what it can).
  const waiting = textWait || (view.canGoBack && !later);
  // The steps of the route, shown at an ending, come with the summary's code: loaded once the group
  // has made a choice (or the table opens at an ending) and the later part is there, not on the first visit.
  const route = useLazyModule(loaded?.loadSteps ?? noSteps, loaded !== null && (view.canGoBack || view.done));
  const steps = route && view.done ? route.leertafelSteps(tafel.table) : [];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (tafel.focus === 0 || !heading.current) return;
    heading.current.focus({ preventScroll: true });
    // The whole head of the moment in view: its number, heading and place in the stappenplan.
    (heading.current.closest('section') ?? heading.current).scrollIntoView({ block: 'start' });
  }, [tafel.focus, text.status, loaded]);
  // A revealed answer may lie below the fold (a projector at 1366×768): bring it into view, as little
  // as needed, and without a smooth scroll for those who asked for less motion.
  useEffect(() => {
    if (!view.revealed) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document
      .getElementById('leertafel-antwoord')
      ?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'instant' : 'smooth' });
  }, [view.revealed, tafel.focus, loaded]);
  const sideRoutes = sideRoutesIn(tafel.compiled.def.nodes.map((node) => node.phase));
  const diagram = stappenplanDiagram(strings, { layout: compactLayout, sideRoutes, current: view.phase });
  return (
    <div class="leertafel">
      {waiting ? (
        <CaseTextWait status={textWait ? text.status : 'loading'} strings={strings} onRetry={text.retry} />
      ) : (
        <LeertafelMoment
          view={view}
          steps={steps}
          strings={strings}
          later={later}
          headingRef={heading}
          onTake={tafel.take}
          onToggle={tafel.toggle}
          onContinue={tafel.continueOn}
        >
          <div class="leertafel-where">
            <p>{diagram.where}</p>
            <StappenplanSvg diagram={diagram} id="leertafel-stappenplan" decorative />
          </div>
        </LeertafelMoment>
      )}
      <div role="status" class="leertafel-status">
        {tafel.message && later && (
          <Alert kind="info">
            <p>{format(later.strings[tafel.message.key], { label: tafel.message.label ?? '' })}</p>
          </Alert>
        )}
      </div>
      <nav class="leertafel-controls" aria-label={strings['leertafel.controls']}>
        <button class={buttonClass('secondary')} type="button" onClick={tafel.back}>
          {strings['leertafel.back']}
        </button>
        <button class={buttonClass('primary')} type="button" onClick={tafel.next}>
          {strings['leertafel.next']}
        </button>
        <button class={buttonClass('secondary')} type="button" onClick={tafel.restart}>
          {strings['leertafel.restart']}
        </button>
      </nav>
    </div>
  );
}
