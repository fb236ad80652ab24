import { useState } from 'preact/hooks';
import { acuteReasons, type AcuteReason } from '../../../modules/stappenplan/acute-reasons.ts';
import type { StappenplanEvent } from '../../../modules/stappenplan/stappenplan.machine.ts';
import { acuteText } from '../../../modules/strings/nl-acute.ts';
import { upperFirst, type WijzerStrings } from './wijzer-types.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  strings: WijzerStrings;
  send: (event: StappenplanEvent) => void;
}

/** Acute danger, open in steps 1–5: act now, for a reason from the list of acute situations. */
export function WijzerAcuut({ strings, send }: Props) {
  const [reden, setReden] = useState<AcuteReason | ''>('');
  return (
    <details class="wijzer-acuut">
      <summary>{strings['wijzer.acuut.summary']}</summary>
      <p>{strings['wijzer.acuut.text']}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // Without a reason the stappenplan refuses, and says why.
          send({ type: 'acuut.handelen', reden: reden as AcuteReason });
        }}
      >
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
            {strings['wijzer.acuut.reason']}
          </legend>
          {acuteReasons.map((value) => (
            <div class="utrecht-form-field utrecht-form-field--radio utrecht-form-field--distanced">
              <input
                id={`wijzer-acuut-${value}`}
                class="utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                name="wijzer-acuut"
                checked={reden === value}
                onChange={() => setReden(value)}
              />
              <label
                class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio"
                for={`wijzer-acuut-${value}`}
              >
                {upperFirst(acuteText.acuteReason[value])}
              </label>
            </div>
          ))}
        </fieldset>
        <button class={buttonClass('primary')} type="submit">
          {strings['wijzer.acuut.act']}
        </button>
      </form>
    </details>
  );
}
