import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiSection } from '../i18n/ui.ts';
import type { LocalStore } from '../storage/local-store.ts';
import { buttonClass } from '../lib/button-class.ts';
import { forgetCourseData } from '../storage/forget-course-data.ts';

interface Props {
  store: LocalStore;
  onDeleted(): void;
  strings: UiSection<'myProgress.delete.'>;
}

type Step = 'start' | 'confirm' | 'deleted' | 'kept' | 'failed';

/**
 * "Verwijder mijn gegevens", with a confirmation step in the page (not a browser dialog). Focus
 * follows the step: to the question, then to the outcome, or back to the button.
 */
export function DeleteProgress({ store, onDeleted, strings }: Props) {
  const [step, setStep] = useState<Step>('start');
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === 'confirm') question.current?.focus();
    if (step === 'deleted' || step === 'failed') outcome.current?.focus();
    if (step === 'kept') button.current?.focus();
  }, [step]);
  const remove = async () => {
    try {
      await store.clear();
      forgetCourseData();
    } catch {
      return setStep('failed');
    }
    setStep('deleted');
    onDeleted();
  };
  return (
    <section aria-labelledby="verwijder">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="verwijder">
        {strings['myProgress.delete.heading']}
      </h2>
      <p>{strings['myProgress.delete.text']}</p>
      {step === 'confirm' ? (
        <div class="confirm" role="group" aria-labelledby="verwijder-vraag">
          <p id="verwijder-vraag" class="confirm-question" tabIndex={-1} ref={question}>
            {strings['myProgress.delete.confirm']}
          </p>
          <button class={buttonClass('secondary')} type="button" onClick={remove}>
            {strings['myProgress.delete.yes']}
          </button>
          <button class={buttonClass('secondary')} type="button" onClick={() => setStep('kept')}>
            {strings['myProgress.delete.no']}
          </button>
        </div>
      ) : (
        <p class="needs-js">
          <button
            class={buttonClass('secondary')}
            type="button"
            ref={button}
            onClick={() => setStep('confirm')}
          >
            {strings['myProgress.delete.button']}
          </button>
        </p>
      )}
      <p role="status" class="progress-message" tabIndex={-1} ref={outcome}>
        {step === 'deleted' && strings['myProgress.delete.done']}
        {step === 'kept' && strings['myProgress.delete.kept']}
        {step === 'failed' && strings['myProgress.delete.failed']}
      </p>
    </section>
  );
}
