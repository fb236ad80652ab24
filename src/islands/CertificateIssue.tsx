import type { UiSection } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';
import CertificateForm from './CertificateForm.tsx';
import { remainingText, type ProgressStrings } from './progress-texts.ts';
import { useIssueProgress } from './use-issue-progress.ts';

export type CertificateStrings = UiSection<'certificate.'>;

interface Props {
  module: ModuleData;
  strings: CertificateStrings;
  progressStrings: ProgressStrings;
  /** The organisation of the profile the site was built with, if any: the form fills it in. */
  organisation?: string;
}

/**
 * "Bewijs van deelname" on a module page: before the module is complete, what remains; after, the
 * form that makes the certificate (CertificateForm). The certificate code loads only on submit.
 */
export default function CertificateIssue({ module, strings, progressStrings, organisation }: Props) {
  const view = useIssueProgress(module);
  const remaining = view && remainingText(view.status, module, progressStrings);
  return (
    <section class="certificate-issue" aria-labelledby="bewijs-van-deelname">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="bewijs-van-deelname">
        {strings['certificate.heading']}
      </h2>
      <p>{strings['certificate.intro']}</p>
      {view?.notice && <p role="status">{view.notice}</p>}
      {view && !view.status.complete && (
        <p>
          {strings['certificate.notYet']} {remaining}
        </p>
      )}
      {view?.status.complete && (
        <CertificateForm
          module={module}
          progress={view.progress}
          strings={strings}
          organisation={organisation}
        />
      )}
    </section>
  );
}
