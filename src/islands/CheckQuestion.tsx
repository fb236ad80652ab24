import { Alert } from './Alert.tsx';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isRightAnswer } from '../../modules/lesson/grade-answer.ts';
import { answeredRight, type Answer } from '../../modules/progress/progress.ts';
import { optionOrder } from '../../modules/scoring/option-order.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { rightIds, rightOptions, type QuestionView } from '../components/knowledge-check.ts';
import { buttonClass } from '../lib/button-class.ts';

interface Props {
  question: QuestionView;
  number: number;
  strings: UiSection<'check.'>;
  /** True once the stored progress was read: from then on the learner's own order and the buttons. */
  ready: boolean;
  /** The learner's seed for the order of options (optionOrder). */
  seed: number;
  /** The stored answer: a question answered right stays done; otherwise a new try. */
  earlier: Answer | undefined;
  onAnswer(options: string[], right: boolean): void;
}

/** open: a try to make; fout: a wrong try, its explanation shown, a new try offered; goed: done. */
type Phase = 'open' | 'fout' | 'goed';
type Message = { kind: 'goed' | 'fout' | 'leeg' | 'opnieuw'; count: number };

/**
 * One question: native inputs, the answer to open (without JavaScript only), and a "Controleer"
 * button. Until the stored progress is read the options keep the page's order (so hydration finds
 * the markup it expects); then they move into the learner's order for this try, each input with its
 * own id and label (keyed, so the elements move rather than change). A wrong answer shows the
 * explanation and "Probeer opnieuw", which clears the choice and shows the options in the order of
 * the next try. The inputs stay uncontrolled, so what was chosen before hydration is kept, and then
 * stays where it is until the next try.
 */
export function CheckQuestion({ question, number, strings, ready, seed, earlier, onAnswer }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const order = useRef<string[]>([]);
  const focus = useRef<'input' | 'result'>();
  const [tried, setTried] = useState(0);
  const [phase, setPhase] = useState<Phase>();
  const [message, setMessage] = useState<Message>();
  const inputs = () => [...(fieldset.current?.querySelectorAll('input') ?? [])];

  // Read once, in the render that makes the check ready: a choice made before then stays in place.
  const keptPageOrder = useRef<boolean>();
  if (ready && keptPageOrder.current === undefined)
    keptPageOrder.current = inputs().some((input) => input.checked);

  const done = answeredRight(earlier);
  const now: Phase = phase ?? (done ? 'goed' : 'open');
  const tries = (earlier?.tries ?? 0) + tried;
  // The try whose order is shown: the one to make, or while its result shows, the one just made.
  const shownTry = now === 'open' ? tries : tries - 1;
  const options =
    !ready || (keptPageOrder.current && shownTry === (earlier?.tries ?? 0))
      ? question.options
      : optionOrder(seed, question.name, question.options.length, shownTry).map((i) => question.options[i]!);

  useLayoutEffect(() => {
    if (!ready || !done) return;
    for (const input of inputs()) input.checked = earlier!.last.options.includes(input.value);
  }, [ready]);
  useEffect(() => {
    if (focus.current === 'input') inputs()[0]?.focus();
    if (focus.current === 'result') result.current?.focus();
    focus.current = undefined;
  });

  const chosen = () => {
    const checked = inputs().flatMap((input) => (input.checked ? [input.value] : []));
    // Options in the order chosen: first those seen being ticked, then any ticked before hydration.
    return [
      ...order.current.filter((id) => checked.includes(id)),
      ...checked.filter((id) => !order.current.includes(id)),
    ];
  };
  const check = () => {
    const picked = chosen();
    if (picked.length === 0) {
      setMessage({ kind: 'leeg', count: (message?.count ?? 0) + 1 });
      return;
    }
    const right = isRightAnswer(rightIds(question), picked);
    onAnswer(picked, right);
    setTried(tried + 1);
    setPhase(right ? 'goed' : 'fout');
    setMessage({ kind: right ? 'goed' : 'fout', count: (message?.count ?? 0) + 1 });
    // The button stays for a new try (and keeps the focus); a right answer takes it away.
    if (right) focus.current = 'result';
  };
  const retry = () => {
    for (const input of inputs()) input.checked = false;
    order.current = [];
    setPhase('open');
    setMessage({ kind: 'opnieuw', count: (message?.count ?? 0) + 1 });
    focus.current = 'input';
  };

  const earlierText =
    !ready || !earlier || phase !== undefined
      ? undefined
      : strings[
          done
            ? 'check.earlier.right'
            : earlier.last.right === false
              ? 'check.earlier.wrong'
              : 'check.earlier.unknown'
        ];
  return (
    <fieldset
      id={question.id}
      class="question utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      ref={fieldset}
    >
      <legend class="utrecht-form-fieldset__legend">{question.prompt}</legend>
      {options.map((option) => (
        <div
          class={
            question.type === 'radio'
              ? 'utrecht-form-field utrecht-form-field--radio utrecht-form-field--distanced'
              : 'utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced'
          }
          key={option.id}
        >
          <input
            class={
              question.type === 'radio'
                ? 'utrecht-form-field__input utrecht-radio-button utrecht-radio-button--html-input'
                : 'utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input'
            }
            type={question.type}
            id={option.inputId}
            name={question.name}
            value={option.id}
            disabled={ready && now !== 'open'}
            onChange={(event) => {
              const { checked, value } = event.currentTarget;
              const kept = question.type === 'radio' ? [] : order.current.filter((id) => id !== value);
              order.current = checked ? [...kept, value] : kept;
            }}
          />
          <label
            class={
              question.type === 'radio'
                ? 'utrecht-form-field__label utrecht-form-label utrecht-form-label--radio'
                : 'utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox'
            }
            for={option.inputId}
          >
            {option.text}
          </label>
        </div>
      ))}
      <div class="needs-js check-action">
        {now !== 'goed' && (
          <button
            class={buttonClass('primary')}
            type="button"
            aria-label={format(strings[now === 'open' ? 'check.submit.label' : 'check.retry.label'], {
              number,
            })}
            onClick={now === 'open' ? check : retry}
          >
            {strings[now === 'open' ? 'check.submit' : 'check.retry']}
          </button>
        )}
        {earlierText && <span class="check-earlier">{earlierText}</span>}
      </div>
      <div role="status" class="check-feedback">
        {message && (
          <Feedback
            key={message.count}
            kind={message.kind}
            question={question}
            strings={strings}
            resultRef={result}
          />
        )}
      </div>
      {!ready && (
        <details class="check-reveal">
          <summary>{strings['check.reveal']}</summary>
          <p class="answer-label">{question.answerLabel}</p>
          <ul>
            {rightOptions(question).map((option) => (
              <li data-option={option.id}>{option.text}</li>
            ))}
          </ul>
          <p>
            <strong>{strings['check.explanation']}</strong>{' '}
            <span class="check-explanation">{question.explanation}</span>
          </p>
        </details>
      )}
    </fieldset>
  );
}

// A new key per message replaces it, so pressing a button twice is announced twice. A wrong answer
// gets the explanation, not the right options: the learner works it out on the new try.
function Feedback({
  kind,
  question,
  strings,
  resultRef,
}: {
  kind: Message['kind'];
  question: QuestionView;
  strings: Props['strings'];
  resultRef: RefObject<HTMLDivElement>;
}) {
  if (kind === 'leeg') return <p>{strings['check.empty']}</p>;
  if (kind === 'opnieuw') return <p>{strings['check.retried']}</p>;
  return (
    // Focused after a right answer, whose button goes away: the focus stays with the question.
    <Alert kind={kind === 'goed' ? 'ok' : 'error'} own="check-result" boxRef={resultRef} focusable>
      <p>
        <strong>{strings[kind === 'goed' ? 'check.right' : 'check.wrong']}</strong>
      </p>
      <p>
        <strong>{strings['check.explanation']}</strong> {question.explanation}
      </p>
    </Alert>
  );
}
