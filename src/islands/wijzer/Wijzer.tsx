import { Alert } from '../Alert.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazyModule } from '../use-lazy-module.ts';
import { useWijzer } from './use-wijzer.ts';
import { useWijzerStorage } from './use-wijzer-storage.ts';
import { WijzerStart } from './WijzerStart.tsx';
import type { WijzerFirstStrings, WijzerGroup, WijzerStrings } from './wijzer-types.ts';
import type { OrganisationProfile } from '../../../modules/organisation/organisation-profile.schema.ts';
import { buttonClass } from '../../lib/button-class.ts';

/**
 * Everything after the start screen (wijzer-later.ts): the stappenplan machine's run, steps 1–3, the
 * afwegingen, acute danger, the summary, saving on this device and their strings. A first visit shows
 * the start screen without it; it loads on the first touch of the wijzer (a pointer, or the focus moving
 * into it), on "Begin", or at once when something is kept on this device.
 */
const loadLater = () => import('./wijzer-later.ts');

interface Props {
  /** The start screen's strings; the others come with the later code. */
  strings: WijzerFirstStrings;
  groups: WijzerGroup[];
  /** The beroepsgroep of `/<beroepsgroep>/wijzer/`; `/wijzer/` lets the professional choose. */
  fixed?: string;
  /** The organisatieprofiel the site was built with (MELDCODE_ORGANISATIE), for the summary. */
  organisation?: OrganisationProfile;
}

/**
 * The stappenplan-wijzer: a professional's own situation on the stappenplan machine, from steps 1–3
 * through the afwegingen (in the group's words) to a dated summary. A thin view: the machine accepts or
 * refuses every step (use-wijzer.ts), and nothing is stored unless asked (use-wijzer-storage.ts).
 */
export default function Wijzer({ strings: first, groups, fixed, organisation }: Props) {
  const [touched, setTouched] = useState(false);
  const touch = () => setTouched(true);
  const later = useLazyModule(loadLater, touched);
  const strings: WijzerStrings | null = later && { ...first, ...later.wijzerLaterStrings };
  const wijzer = useWijzer(later);
  const quiet = useRef(true);
  const { run, view, notice } = wijzer.state;
  const [note, setNote] = useState('');
  const storage = useWijzerStorage({
    later,
    groups,
    run,
    note,
    onKept: touch,
    onRestore: (restored, saved) => {
      quiet.current = true;
      wijzer.open(restored);
      setNote(saved);
    },
  });
  const screen = useRef<HTMLDivElement>(null);
  // A situation (a run) exists only once the later code has loaded: it made the run.
  const situation = run && later && strings ? { run, later, strings } : null;
  // A new screen: another view, or another kind of question (an afweging, following the help, the report).
  const screenKey =
    view === 'vraag' && situation
      ? `vraag:${situation.later.wijzerMoment(situation.run.snapshot).kind}`
      : view;
  const answers = run?.events.length ?? 0;
  const lastScreen = useRef(screenKey);
  const focusDue = useRef(false);
  useEffect(() => {
    // Focus follows a new screen to its heading, except on page load and when a saved situation opens.
    // A routine answer (one afweging to the next) leaves focus where it is, on the answer buttons; its
    // status message says what happened. Only if the focused control is gone does focus go to the heading.
    const newScreen = lastScreen.current !== screenKey;
    lastScreen.current = screenKey;
    const lost = !document.activeElement || document.activeElement === document.body;
    focusDue.current = !quiet.current && (newScreen || lost);
    quiet.current = false;
  }, [screenKey, answers]);
  useEffect(() => {
    // A new screen's heading: focus goes there once it is rendered.
    if (!focusDue.current) return;
    const heading = screen.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    focusDue.current = false;
    heading.focus();
  });
  const group = groups.find((g) => g.id === run?.setup.beroepsgroep) ?? groups[0]!;
  return (
    <div class="wijzer" onPointerDown={touch} onFocusIn={touch}>
      <div role="status" class="wijzer-storage">
        {storage.message && <p>{storage.message}</p>}
      </div>
      <div ref={screen}>
        {view === 'start' && (
          <>
            <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
              {first['wijzer.start.heading']}
            </h2>
            <WijzerStart
              strings={first}
              groups={groups}
              fixed={fixed}
              onBegin={(setup) => {
                touch();
                wijzer.begin(setup);
              }}
            />
          </>
        )}
        {view === 'stappen' && situation && (
          <>
            <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
              {situation.strings['wijzer.steps.heading']}
            </h2>
            <p>{situation.strings['wijzer.steps.intro']}</p>
            <situation.later.WijzerSteps
              strings={situation.strings}
              run={situation.run}
              onSubmit={wijzer.submitSteps}
            />
          </>
        )}
        {view === 'vraag' && situation && (
          <situation.later.WijzerQuestion
            strings={situation.strings}
            run={situation.run}
            vragen={group.vragen}
            send={wijzer.send}
          />
        )}
        {view === 'samenvatting' && situation && (
          <situation.later.WijzerSummary
            strings={situation.strings}
            run={situation.run}
            group={group}
            groups={groups}
            organisation={organisation}
            note={note}
            onNote={setNote}
          />
        )}
      </div>
      {/* A refusal is an alert; a routine answer is a status message, said when the reader pauses. */}
      <div role="alert" class="wijzer-notice">
        {notice?.kind === 'refusal' && strings && (
          <Alert kind="info">
            <p>
              <strong>{strings['wijzer.refused']}: </strong>
              {notice.text}
            </p>
          </Alert>
        )}
      </div>
      <div role="status" class="wijzer-notice">
        {notice?.kind === 'info' && <p class="wijzer-info">{notice.text}</p>}
      </div>
      {situation && view !== 'samenvatting' && situation.later.acuutMogelijk(situation.run.snapshot) && (
        <situation.later.WijzerAcuut strings={situation.strings} send={wijzer.send} />
      )}
      <p class="wijzer-actions no-print">
        {situation && view === 'vraag' && situation.run.snapshot.matches('verkennen') && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.show('stappen')}>
            {situation.strings['wijzer.steps.back']}
          </button>
        )}
        {situation && view === 'vraag' && !situation.run.snapshot.matches('verkennen') && (
          <button class={buttonClass('secondary')} type="button" onClick={wijzer.undo}>
            {situation.strings['wijzer.undo']}
          </button>
        )}
        {situation && view !== 'samenvatting' && view !== 'start' && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.show('samenvatting')}>
            {situation.strings['wijzer.summary.show']}
          </button>
        )}
        {situation && view === 'samenvatting' && situation.run.snapshot.status !== 'done' && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.open(situation.run)}>
            {situation.strings['wijzer.summary.back']}
          </button>
        )}
        {situation && !storage.saving && (
          <button class={buttonClass('secondary')} type="button" onClick={storage.save}>
            {situation.strings['wijzer.save']}
          </button>
        )}
        {storage.stored && strings && (
          <button class={buttonClass('secondary')} type="button" onClick={storage.remove}>
            {strings['wijzer.delete']}
          </button>
        )}
        {situation && (
          <button class={buttonClass('secondary')} type="button" onClick={wijzer.restart}>
            {situation.strings['wijzer.restart']}
          </button>
        )}
      </p>
    </div>
  );
}
