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
      <fieldset>
        <legend>{strings['wijzer.steps.stap1']}</legend>
        <label class="utrecht-form-label utrecht-form-label--checkbox choice">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            checked={list.signalen}
            onChange={(e) => set({ signalen: e.currentTarget.checked })}
          />
          {strings['wijzer.steps.signalen']}
        </label>
      </fieldset>
      {run.setup.client === 'volwassene' && (
        <fieldset>
          <legend>{strings['wijzer.steps.kindcheck']}</legend>
          {(['open', 'geen-zorgen', 'zorgen'] as const).map((value) => (
            <label class="utrecht-form-label utrecht-form-label--radio choice">
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                name="wijzer-kindcheck"
                checked={list.kindcheck === value}
                onChange={() => set({ kindcheck: value })}
              />
              {strings[`wijzer.steps.kindcheck.${value}`]}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{strings['wijzer.steps.overleg']}</legend>
        {overlegPartners.map((met) => (
          <label class="utrecht-form-label utrecht-form-label--checkbox choice">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
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
            {upperFirst(wijzerText.wijzer.overleg[met])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{strings['wijzer.steps.gesprek']}</legend>
        {gesprekAntwoorden.map((value) => (
          <label class="utrecht-form-label utrecht-form-label--radio choice">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name="wijzer-gesprek"
              checked={list.gesprek === value}
              onChange={() => set({ gesprek: value })}
            />
            {gesprekLabel(value)}
          </label>
        ))}
      </fieldset>
      <button class={buttonClass('primary')} type="submit">
        {strings['wijzer.steps.next']}
      </button>
    </form>
  );
}
