import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autoComplete: string;
  inputRef: Ref<HTMLInputElement>;
  /** Filled in beforehand; the learner can change it. */
  defaultValue?: string;
}

/** One labelled text field of the certificate form, with its hint and error tied to it by aria-describedby. */
export default function CertificateField({
  id,
  label,
  hint,
  error,
  required,
  autoComplete,
  inputRef,
  defaultValue,
}: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-fout`].filter(Boolean).join(' ');
  return (
    <div class="utrecht-form-field utrecht-form-field--distanced">
      <label class="utrecht-form-field__label utrecht-form-label" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="utrecht-form-field__description utrecht-form-field-description">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-fout`} class="utrecht-form-field__error-message utrecht-form-field-error-message">
          <strong>{error}</strong>
        </div>
      )}
      <input
        class="utrecht-form-field__input utrecht-textbox utrecht-textbox--html-input"
        defaultValue={defaultValue}
        id={id}
        ref={inputRef}
        type="text"
        autoComplete={autoComplete}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}
