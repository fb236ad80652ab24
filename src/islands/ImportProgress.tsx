import { useRef, useState } from 'preact/hooks';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { LocalStore } from '../storage/local-store.ts';
import type { ProgressState } from '../storage/update-progress.ts';
import { importProgress } from './import-progress.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  store: LocalStore;
  onImported(state: ProgressState): void;
  strings: UiSection<'myProgress.import.'>;
  /** The beroepsgroepen, to check an organisatieprofiel in the file against. */
  groups: ProfileGroup[];
}

/**
 * "Importeer je voortgang": a native file input; the file is merged with what this browser holds, and
 * the organisatieprofiel in it is kept where this browser has none.
 */
export function ImportProgress({ store, onImported, strings, groups }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage(strings['myProgress.import.empty']);
    const outcome = await importProgress(store, file.name, await file.text(), strings, groups);
    if (outcome.state) onImported(outcome.state);
    setMessage(outcome.message);
  };
  return (
    <section aria-labelledby="importeer">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="importeer">
        {strings['myProgress.import.heading']}
      </h2>
      <p>{strings['myProgress.import.text']}</p>
      <form class="needs-js" onSubmit={submit}>
        <div class="utrecht-form-field">
          <label class="utrecht-form-field__label utrecht-form-label" for="voortgang-bestand">
            {strings['myProgress.import.label']}
          </label>
          <input
            class="utrecht-form-field__input"
            id="voortgang-bestand"
            ref={input}
            type="file"
            accept=".json,application/json"
          />
        </div>
        <button class={buttonClass('secondary')} type="submit">
          {strings['myProgress.import.button']}
        </button>
      </form>
      <p role="status" class="progress-message">
        {message}
      </p>
    </section>
  );
}
