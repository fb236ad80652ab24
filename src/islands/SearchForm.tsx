import type { Ref } from 'preact';
import type { SearchStrings } from './search-status.ts';
import { siteUrl } from '../lib/site-url.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  strings: SearchStrings;
  groups: { id: string; name: string }[];
  query: string;
  group: string;
  inputRef: Ref<HTMLInputElement>;
  /** The learner is about to search: a good moment to start loading the index. */
  onFocus: () => void;
  onQuery: (query: string) => void;
  onGroup: (group: string) => void;
  onSubmit: () => void;
}

/** The search form: a native search field and a beroepsgroep choice, sent as `?q=…&groep=…` without JavaScript. */
export function SearchForm(props: Props) {
  const { strings, groups, query, group, inputRef, onFocus, onQuery, onGroup, onSubmit } = props;
  return (
    <form
      role="search"
      action={siteUrl('/zoeken/')}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div class="utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="zoek-q">
          {strings['search.label']}
        </label>
        <input
          class="utrecht-form-field__input utrecht-textbox utrecht-textbox--html-input"
          id="zoek-q"
          ref={inputRef}
          type="search"
          name="q"
          value={query}
          autocomplete="off"
          onFocus={onFocus}
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      <div class="utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="zoek-groep">
          {strings['search.group']}
        </label>
        <select
          class="utrecht-form-field__input utrecht-select utrecht-select--html-select"
          id="zoek-groep"
          name="groep"
          value={group}
          onFocus={onFocus}
          onChange={(event) => onGroup(event.currentTarget.value)}
        >
          <option value="">{strings['search.group.all']}</option>
          {groups.map((g) => (
            <option value={g.id}>{g.name}</option>
          ))}
        </select>
      </div>
      <button class={buttonClass('primary')} type="submit">
        {strings['search.submit']}
      </button>
    </form>
  );
}
