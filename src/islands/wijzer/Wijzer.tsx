import { Alert } from '../Alert.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { acuutMogelijk, wijzerMoment } from '../../../modules/wijzer/wijzer-moment.ts';
import { useLazyModule } from '../use-lazy-module.ts';
import { useWijzer } from './use-wijzer.ts';
import { useWijzerStorage } from './use-wijzer-storage.ts';
import { WijzerAcuut } from './WijzerAcuut.tsx';
import { WijzerQuestion } from './WijzerQuestion.tsx';
import { WijzerStart } from './WijzerStart.tsx';
import { WijzerSteps } from './WijzerSteps.tsx';
import type { WijzerGroup, WijzerStrings } from './wijzer-types.ts';
import type { OrganisationProfile } from '../../../modules/organisation/organisation-profile.schema.ts';
import { buttonClass } from '../../lib/button-class.ts';

/** The summary (WijzerSummary.tsx), loaded once a situation is begun: a first visit does without. */
const loadSummary = () => import('./WijzerSummary.tsx');

interface Props {
  strings: WijzerStrings;
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
export default function Wijzer({ strings, groups, fixed, organisation }: Props) {
  const wijzer = useWijzer(strings);
  const quiet = useRef(true);
  const { run, view, notice } = wijzer.state;
  const [note, setNote] = useState('');
  const storage = useWijzerStorage({
    strings,
    groups,
    run,
    note,
    onRestore: (restored, saved) => {
      quiet.current = true;
      wijzer.open(restored);
      setNote(saved);
    },
  });
  const screen = useRef<HTMLDivElement>(null);
  // A new screen: another view, or another kind of question (an afweging, following the help, the report).
  const screenKey = view === 'vraag' && run ? `vraag:${wijzerMoment(run.snapshot).kind}` : view;
  const answers = run?.events.length ?? 0;
  const lastScreen = useRef(screenKey);
  const summary = useLazyModule(loadSummary, run !== null);
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
    // The summary's heading appears once its code has loaded: focus goes there then.
    if (!focusDue.current) return;
    const heading = screen.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    focusDue.current = false;
    heading.focus();
  });
  const group = groups.find((g) => g.id === run?.setup.beroepsgroep) ?? groups[0]!;
  return (
    <div class="wijzer">
      <div role="status" class="wijzer-storage">
        {storage.message && <p>{storage.message}</p>}
      </div>
      <div ref={screen}>
        {view === 'start' && (
          <>
            <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
              {strings['wijzer.start.heading']}
            </h2>
            <WijzerStart strings={strings} groups={groups} fixed={fixed} onBegin={wijzer.begin} />
          </>
        )}
        {view === 'stappen' && run && (
          <>
            <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
              {strings['wijzer.steps.heading']}
            </h2>
            <p>{strings['wijzer.steps.intro']}</p>
            <WijzerSteps strings={strings} run={run} onSubmit={wijzer.submitSteps} />
          </>
        )}
        {view === 'vraag' && run && (
          <WijzerQuestion strings={strings} run={run} vragen={group.vragen} send={wijzer.send} />
        )}
        {view === 'samenvatting' && run && summary && (
          <summary.WijzerSummary
            strings={strings}
            run={run}
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
        {notice?.kind === 'refusal' && (
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
      {run && view !== 'samenvatting' && acuutMogelijk(run.snapshot) && (
        <WijzerAcuut strings={strings} send={wijzer.send} />
      )}
      <p class="wijzer-actions no-print">
        {view === 'vraag' && run?.snapshot.matches('verkennen') && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.show('stappen')}>
            {strings['wijzer.steps.back']}
          </button>
        )}
        {view === 'vraag' && run && !run.snapshot.matches('verkennen') && (
          <button class={buttonClass('secondary')} type="button" onClick={wijzer.undo}>
            {strings['wijzer.undo']}
          </button>
        )}
        {run && view !== 'samenvatting' && view !== 'start' && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.show('samenvatting')}>
            {strings['wijzer.summary.show']}
          </button>
        )}
        {view === 'samenvatting' && run && run.snapshot.status !== 'done' && (
          <button class={buttonClass('secondary')} type="button" onClick={() => wijzer.open(run)}>
            {strings['wijzer.summary.back']}
          </button>
        )}
        {run && !storage.saving && (
          <button class={buttonClass('secondary')} type="button" onClick={storage.save}>
            {strings['wijzer.save']}
          </button>
        )}
        {storage.stored && (
          <button class={buttonClass('secondary')} type="button" onClick={storage.remove}>
            {strings['wijzer.delete']}
          </button>
        )}
        {run && (
          <button class={buttonClass('secondary')} type="button" onClick={wijzer.restart}>
            {strings['wijzer.restart']}
          </button>
        )}
      </p>
    </div>
  );
}
