import { useState } from 'preact/hooks';
import { caseText } from '../../../modules/strings/nl-case.ts';
import { phaseText } from '../../../modules/strings/nl-phase.ts';
import type { StappenplanEvent } from '../../../modules/stappenplan/stappenplan.machine.ts';
import { geenEigenHulp, type AfwegingNummer } from '../../../modules/stappenplan/stappenplan.rules.ts';
import { wijzerMoment } from '../../../modules/wijzer/wijzer-moment.ts';
import type { WijzerRun } from '../../../modules/wijzer/wijzer-run.ts';
import { upperFirst, type WijzerStrings } from './wijzer-types.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  strings: WijzerStrings;
  run: WijzerRun;
  /** Afweging 1 to 5 in the words of the professional's beroepsgroep. */
  vragen: string[];
  send: (event: StappenplanEvent) => void;
}

/** One afweging in the group's words with Ja and Nee; the stappenplan decides what follows. */
function Afweging({ strings, vragen, send, nummer }: Omit<Props, 'run'> & { nummer: AfwegingNummer }) {
  const id = `wijzer-afweging-${nummer}`;
  return (
    <div class="wijzer-afweging" role="group" aria-labelledby={id}>
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced" id={id}>
        {phaseText[`afweging-${nummer}`]}
      </h3>
      <p class="vraag">“{vragen[nummer - 1]}”</p>
      <p>
        {(['ja', 'nee'] as const).map((antwoord) => (
          <button
            class={buttonClass('secondary')}
            type="button"
            onClick={() => send({ type: 'afweging.beantwoorden', afweging: nummer, antwoord })}
          >
            {strings[`wijzer.answer.${antwoord}`]}
          </button>
        ))}
      </p>
    </div>
  );
}

/** The next question of the stappenplan: an afweging, following the help, or the report. */
export function WijzerQuestion(props: Props) {
  const { strings, run, send } = props;
  // Ticked for you only where your own help can go on: not after afweging 3 nee (no help possible)
  // or 4 nee (help refused). You can always change it: your own care may go on beside the report.
  const [keuze, setKeuze] = useState<boolean>();
  const hulpGaatDoor = keuze ?? !geenEigenHulp(run.snapshot.context.melding?.reden);
  const moment = wijzerMoment(run.snapshot);
  if (moment.kind === 'afweging')
    return (
      <>
        <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
          {phaseText[moment.nummer <= 2 ? 'stap-4' : 'stap-5']}
        </h2>
        <Afweging {...props} nummer={moment.nummer} />
      </>
    );
  if (moment.kind === 'hulp-volgen')
    return (
      <>
        <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
          {upperFirst(caseText.outcome['afweging-4-ja'])}
        </h2>
        <p>{strings['wijzer.hulp.text']}</p>
        <p>
          <button class={buttonClass('primary')} type="button" onClick={() => send({ type: 'hulp.volgen' })}>
            {strings['wijzer.hulp.done']}
          </button>
        </p>
        <Afweging {...props} nummer={5} />
      </>
    );
  if (moment.kind === 'melden')
    return (
      <>
        <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" tabIndex={-1}>
          {upperFirst(caseText.outcome['afweging-2-ja'])}
        </h2>
        <p>{strings['wijzer.melden.text']}</p>
        <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
          <input
            id="wijzer-melden-hulp"
            class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            checked={hulpGaatDoor}
            onChange={(e) => setKeuze(e.currentTarget.checked)}
          />
          <label
            class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox"
            for="wijzer-melden-hulp"
          >
            {strings['wijzer.melden.hulp']}
          </label>
        </div>
        <p>
          <button
            class={buttonClass('primary')}
            type="button"
            onClick={() => send({ type: 'melding.doen', hulpGaatDoor })}
          >
            {strings['wijzer.melden.done']}
          </button>
        </p>
      </>
    );
  return null;
}
