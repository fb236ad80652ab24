import { useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { wijzerText } from '../../../modules/strings/nl-wijzer.ts';
import { gesprekOverslaanRedenen } from '../../../modules/stappenplan/stappenplan.rules.ts';
import {
  checklistOf,
  overlegPartners,
  type GesprekAntwoord,
  type StappenChecklist,
} from '../../../modules/wijzer/stappen-checklist.ts';
import type { WijzerRun } from '../../../modules/wijzer/wijzer-run.ts';
import { upperFirst, type WijzerStrings } from './wijzer-types.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  strings: WijzerStrings;
  run: WijzerRun;
  onSubmit: (list: StappenChecklist) => void;
}

const gesprekAntwoorden: GesprekAntwoord[] = ['open', 'gevoerd', ...gesprekOverslaanRedenen, 'andere-reden'];

/** Steps 1–3 as a checklist: native checkboxes and radio buttons, sent together to the stappenplan. */
export function WijzerSteps({ strings, run, onSubmit }: Props) {
  const [list, setList] = useState<StappenChecklist>(() => checklistOf(run.snapshot.context));
  const set = (change: Partial<StappenChecklist>) => setList({ ...list, ...change });
  const gesprekLabel = (value: GesprekAntwoord) =>
    value === 'open' || value === 'gevoerd'
      ? strings[`wijzer.steps.gesprek.${value}`]
      : format(strings['wijzer.steps.gesprek.overgeslagen'], {
          reason: wijzerText.wijzer.gesprekReden[value],
        });
  return (
    <form
      class="wijzer-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(list);
      }}
    >
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
          {strings['wijzer.steps.stap1']}
        </legend>
        <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
          <input
            id="wijzer-signalen"
            class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            checked={list.signalen}
            onChange={(e) => set({ signalen: e.currentTarget.checked })}
          />
          <label
            class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox"
            for="wijzer-signalen"
          >
            {strings['wijzer.steps.signalen']}
          </label>
        </div>
      </fieldset>
      {run.setup.client === 'volwassene' && (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
            {strings['wijzer.steps.kindcheck']}
          </legend>
          {(['open', 'geen-zorgen', 'zorgen'] as const).map((value) => (
            <div class="utrecht-form-field utrecht-form-field--radio utrecht-form-field--distanced">
              <input
                id={`wijzer-kindcheck-${value}`}
                class="utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                name="wijzer-kindcheck"
                checked={list.kindcheck === value}
                onChange={() => set({ kindcheck: value })}
              />
              <label
                class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio"
                for={`wijzer-kindcheck-${value}`}
              >
                {strings[`wijzer.steps.kindcheck.${value}`]}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
          {strings['wijzer.steps.overleg']}
        </legend>
        {overlegPartners.map((met) => (
          <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced">
            <input
              id={`wijzer-overleg-${met}`}
              class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              checked={list.overleg.includes(met)}
              onChange={(e) =>
                set({
                  overleg: e.currentTarget.checked
                    ? [...list.overleg, met]
                    : list.overleg.filter((m) => m !== met),
                })
              }
            />
            <label
              class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox"
              for={`wijzer-overleg-${met}`}
            >
              {upperFirst(wijzerText.wijzer.overleg[met])}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
          {strings['wijzer.steps.gesprek']}
        </legend>
        {gesprekAntwoorden.map((value) => (
          <div class="utrecht-form-field utrecht-form-field--radio utrecht-form-field--distanced">
            <input
              id={`wijzer-gesprek-${value}`}
              class="utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name="wijzer-gesprek"
              checked={list.gesprek === value}
              onChange={() => set({ gesprek: value })}
            />
            <label
              class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio"
              for={`wijzer-gesprek-${value}`}
            >
              {gesprekLabel(value)}
            </label>
          </div>
        ))}
      </fieldset>
      <button class={buttonClass('primary')} type="submit">
        {strings['wijzer.steps.next']}
      </button>
    </form>
  );
}
