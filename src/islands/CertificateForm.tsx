import { useRef, useState } from 'preact/hooks';
import type { LearnerDetails } from '../../modules/certificate/make-certificate.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import CertificateField from './CertificateField.tsx';
import type { CertificateStrings } from './CertificateIssue.tsx';
import CertificateReady from './CertificateReady.tsx';
import type { ModuleData } from '../lib/module-data.ts';
import type { Issued } from './issue-certificate.ts';
import { buttonClass } from '../lib/button-class.ts';
import { storedOrganisationName } from '../storage/organisation-store.ts';

interface Props {
  module: ModuleData;
  progress: Progress;
  strings: CertificateStrings;
  /** The organisation of the profile the site was built with, if any. */
  organisation?: string;
}

type Field = keyof LearnerDetails;

/**
 * The learner's details, then the certificate: its code and two downloads. The certificate code
 * (zod, pdf-lib, the case machine) is imported on submit; nothing typed is stored.
 */
export default function CertificateForm({ module, progress, strings, organisation }: Props) {
  const [error, setError] = useState<{ field?: Field; message: string }>();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<Issued>();
  const refs = {
    name: useRef<HTMLInputElement>(null),
    organisation: useRef<HTMLInputElement>(null),
    registration: useRef<HTMLInputElement>(null),
  };
  const result = useRef<HTMLHeadingElement>(null);
  const errorOf = (field: Field) => (error?.field === field ? error.message : undefined);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const learner: LearnerDetails = {
      name: refs.name.current?.value ?? '',
      organisation: refs.organisation.current?.value ?? '',
      registration: refs.registration.current?.value ?? '',
    };
    setBusy(true);
    setIssued(undefined);
    const { issueCertificate } = await import('./issue-certificate.ts');
    const made = await issueCertificate(module, progress, learner, strings['certificate.failed']);
    setBusy(false);
    if (!made.ok) {
      setError(made);
      if (made.field) refs[made.field].current?.focus();
      return;
    }
    setError(undefined);
    setIssued(made.issued);
    requestAnimationFrame(() => result.current?.focus());
  }

  return (
    <>
      <form class="certificate-form" noValidate onSubmit={submit}>
        <p>{strings['certificate.privacy']}</p>
        <CertificateField
          id="bewijs-naam"
          label={strings['certificate.name']}
          hint={strings['certificate.name.hint']}
          error={errorOf('name')}
          required
          autoComplete="name"
          inputRef={refs.name}
        />
        <CertificateField
          id="bewijs-organisatie"
          label={strings['certificate.organisation']}
          error={errorOf('organisation')}
          autoComplete="organization"
          inputRef={refs.organisation}
          defaultValue={organisation ?? storedOrganisationName() ?? undefined}
        />
        <CertificateField
          id="bewijs-registratie"
          label={strings['certificate.registration']}
          hint={strings['certificate.registration.hint']}
          error={errorOf('registration')}
          autoComplete="off"
          inputRef={refs.registration}
        />
        <p>
          <button class={buttonClass('primary')} type="submit" aria-disabled={busy ? 'true' : undefined}>
            {strings['certificate.submit']}
          </button>
        </p>
        <div role="status">{busy && <p>{strings['certificate.busy']}</p>}</div>
        {error && !error.field && (
          <p role="alert" class="utrecht-form-field-error-message">
            <strong>{error.message}</strong>
          </p>
        )}
      </form>
      {issued && <CertificateReady issued={issued} strings={strings} headingRef={result} />}
    </>
  );
}
