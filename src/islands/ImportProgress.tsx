import { useRef, useState } from 'preact/hooks';
import type { UiSection } from '../i18n/ui.ts';
import type { LocalStore } from '../storage/local-store.ts';
import type { ProgressState } from '../storage/update-progress.ts';
import { importProgress } from './import-progress.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  store: LocalStore;
  onImported(state: ProgressState): void;
  strings: UiSection<'myProgress.import.'>;
}

/** "Importeer je voortgang": a native file input; the file is merged with what this browser holds. */
export function ImportProgress({ store, onImported, strings }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage(strings['myProgress.import.empty']);
    const outcome = await importProgress(store, file.name, await file.text(), strings);
    if (outcome.state) onImported(outcome.state);
    setMessage(outcome.message);
  };
  return (
    <section aria-labelledby="importeer">
      <h2 id="importeer">{strings['myProgress.import.heading']}</h2>
      <p>{strings['myProgress.import.text']}</p>
      <form class="needs-js" onSubmit={submit}>
        <label class="utrecht-form-label" for="voortgang-bestand">
          {strings['myProgress.import.label']}
        </label>
        <input id="voortgang-bestand" ref={input} type="file" accept=".json,application/json" />
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
