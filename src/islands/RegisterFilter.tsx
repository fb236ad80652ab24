import type { RegisterView, StatusFilter } from '../../modules/certificate/register-view.ts';
import type { OrganisationStrings } from './OrganisationCheck.tsx';

interface Props {
  view: RegisterView;
  onChange(view: RegisterView): void;
  strings: OrganisationStrings;
}

const STATUSES: [StatusFilter, keyof OrganisationStrings][] = [
  ['alle', 'organisation.filter.all'],
  ['geldig', 'organisation.filter.valid'],
  ['ongeldig', 'organisation.filter.invalid'],
  ['let-op', 'organisation.filter.flagged'],
];

/** The register's filter: a search box and a status choice, both native controls with labels. */
export default function RegisterFilter({ view, onChange, strings }: Props) {
  return (
    <div class="register-filter">
      <div class="utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="overzicht-zoeken">
          {strings['organisation.filter.text']}
        </label>
        <input
          class="utrecht-form-field__input utrecht-textbox utrecht-textbox--html-input"
          id="overzicht-zoeken"
          type="search"
          value={view.text}
          onInput={(event) => onChange({ ...view, text: event.currentTarget.value })}
        />
      </div>
      <div class="utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="overzicht-status">
          {strings['organisation.filter.status']}
        </label>
        <select
          class="utrecht-form-field__input utrecht-select utrecht-select--html-select"
          id="overzicht-status"
          value={view.status}
          onChange={(event) => onChange({ ...view, status: event.currentTarget.value as StatusFilter })}
        >
          {STATUSES.map(([value, key]) => (
            <option value={value}>{strings[key]}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
