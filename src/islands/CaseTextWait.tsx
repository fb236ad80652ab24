import { Alert } from './Alert.tsx';
import type { CaseTextStatus } from './use-case-text.ts';
import type { UiSection } from '../i18n/ui.ts';
import { buttonClass } from '../lib/button-class.ts';

/** What the wait says: the `caseText.` section, which the case and leertafel pages add to their strings. */
export type CaseTextStrings = UiSection<'caseText.'>;

interface Props {
  status: CaseTextStatus;
  strings: CaseTextStrings;
  onRetry: () => void;
}

/**
 * Shown instead of a moment whose text has not arrived (use-case-text.ts): a calm line in a live region
 * while it loads, and, when it could not be fetched, why in plain Dutch with a button to try again.
 */
export function CaseTextWait({ status, strings, onRetry }: Props) {
  return (
    <div class="case-text-wait">
      <div role="status">
        {status === 'failed' ? (
          <Alert kind="error">
            <p>{strings['caseText.failed']}</p>
          </Alert>
        ) : (
          <p>{strings['caseText.loading']}</p>
        )}
      </div>
      {status === 'failed' && (
        <button class={buttonClass('primary')} type="button" onClick={onRetry}>
          {strings['caseText.retry']}
        </button>
      )}
    </div>
  );
}
