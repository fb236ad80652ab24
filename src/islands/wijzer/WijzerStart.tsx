import type { WijzerSetup } from '../../../modules/wijzer/wijzer-run.ts';
import type { WijzerFirstStrings, WijzerGroup } from './wijzer-types.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  strings: WijzerFirstStrings;
  groups: WijzerGroup[];
  /** The beroepsgroep of the page (`/<beroepsgroep>/wijzer/`); without it the professional chooses. */
  fixed?: string;
  onBegin: (setup: WijzerSetup) => void;
}

/**
 * Who the situation is about: the beroepsgroep (unless the page fixes it) and a child or an adult. The
 * form is read when it is sent, as it shows then: a choice made before the island woke counts too.
 */
export function WijzerStart({ strings, groups, fixed, onBegin }: Props) {
  return (
    <form
      class="wijzer-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const group = groups.find((g) => g.id === (fixed ?? form.get('wijzer-groep')));
        const client = form.get('wijzer-client') === 'volwassene' ? 'volwassene' : 'kind';
        if (group) onBegin({ beroepsgroep: group.id, sector: group.sector, client });
      }}
    >
      {!fixed && (
        <div class="utrecht-form-field utrecht-form-field--distanced">
          <label class="utrecht-form-field__label utrecht-form-label" for="wijzer-groep">
            {strings['wijzer.start.group']}
          </label>
          <select
            class="utrecht-form-field__input utrecht-select utrecht-select--html-select"
            id="wijzer-groep"
            name="wijzer-groep"
          >
            {groups.map((g) => (
              <option value={g.id}>{g.name}</option>
            ))}
          </select>
        </div>
      )}
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
          {strings['wijzer.start.client']}
        </legend>
        {(['kind', 'volwassene'] as const).map((value) => (
          <div class="utrecht-form-field utrecht-form-field--radio utrecht-form-field--distanced">
            <input
              id={`wijzer-client-${value}`}
              class="utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              name="wijzer-client"
              value={value}
              defaultChecked={value === 'kind'}
            />
            <label
              class="utrecht-form-field__label utrecht-form-label utrecht-form-label--radio"
              for={`wijzer-client-${value}`}
            >
              {strings[`wijzer.start.${value}`]}
            </label>
          </div>
        ))}
      </fieldset>
      <button class={buttonClass('primary')} type="submit">
        {strings['wijzer.start.begin']}
      </button>
    </form>
  );
}
