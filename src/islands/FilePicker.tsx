import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrganisationStrings } from './OrganisationCheck.tsx';

interface Props {
  strings: OrganisationStrings;
  onFiles(files: File[]): void;
}

/**
 * The native file input (the accessible way, by keyboard and screen reader) inside a drop zone for
 * those who drag files from their desktop. Both give the same list of files. Files picked before the
 * page's script woke up are checked as soon as it does.
 */
export default function FilePicker({ strings, onFiles }: Props) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const picked = [...(input.current?.files ?? [])];
    if (picked.length > 0) onFiles(picked);
  }, []);
  return (
    <div
      class={over ? 'utrecht-form-field drop-zone over' : 'utrecht-form-field drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <label class="utrecht-form-field__label utrecht-form-label" for="bewijzen-kiezen">
        {strings['organisation.pick']}
      </label>
      <div id="bewijzen-kiezen-hint" class="utrecht-form-field__description utrecht-form-field-description">
        {strings['organisation.pick.hint']}
      </div>
      <input
        ref={input}
        class="utrecht-form-field__input"
        id="bewijzen-kiezen"
        type="file"
        multiple
        accept=".pdf,.json,application/pdf,application/json"
        aria-describedby="bewijzen-kiezen-hint"
        onChange={(event) => {
          const input = event.currentTarget;
          onFiles([...(input.files ?? [])]);
        }}
      />
      <p aria-hidden="true">{strings['organisation.drop']}</p>
    </div>
  );
}
