import { useState } from 'preact/hooks';
import { exportProgress, progressFileName } from '../../modules/progress/progress-file.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { readStoredProfile } from '../storage/organisation-store.ts';
import { downloadText } from './download-text.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  progress: Progress | undefined;
  strings: UiSection<'myProgress.export.'>;
}

/**
 * "Exporteer je voortgang": the whole record as a file, with the organisatieprofiel kept in this
 * browser, saved by the browser (nothing is sent anywhere).
 */
export function ExportProgress({ progress, strings }: Props) {
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="exporteer">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="exporteer">
        {strings['myProgress.export.heading']}
      </h2>
      <p>{strings['myProgress.export.text']}</p>
      <p class="needs-js">
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={() => {
            if (!progress) return;
            const file = progressFileName();
            downloadText(file, exportProgress(progress, readStoredProfile() ?? undefined));
            setMessage(format(strings['myProgress.export.done'], { file }));
          }}
        >
          {strings['myProgress.export.button']}
        </button>
      </p>
      <p role="status" class="progress-message">
        {message}
      </p>
    </section>
  );
}
