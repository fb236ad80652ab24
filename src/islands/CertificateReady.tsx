import type { Ref } from 'preact';
import { format } from '../i18n/format.ts';
import type { CertificateStrings } from './CertificateIssue.tsx';
import { downloadText } from './download-text.ts';
import type { Issued } from './issue-certificate.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  issued: Issued;
  strings: CertificateStrings;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The certificate just made: its verification code and the two downloads (Blob links, no request). */
export default function CertificateReady({ issued, strings, headingRef }: Props) {
  return (
    <div class="certificate-ready">
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced" ref={headingRef} tabIndex={-1}>
        {strings['certificate.ready']}
      </h3>
      <p>
        <strong>{format(strings['certificate.code'], { code: issued.code })}</strong>
      </p>
      <p>{strings['certificate.code.help']}</p>
      <p>
        <button
          class={buttonClass('primary')}
          type="button"
          onClick={() => downloadText(issued.pdf.name, issued.pdf.bytes, 'application/pdf')}
        >
          {strings['certificate.downloadPdf']}
        </button>
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => downloadText(issued.json.name, issued.json.text)}
        >
          {strings['certificate.downloadJson']}
        </button>
      </p>
    </div>
  );
}
