import { useEffect, useRef, useState } from 'preact/hooks';
import { isRightAnswer } from '../../modules/lesson/grade-answer.ts';
import type { Answer } from '../../modules/progress/progress.ts';
import { format, type UiSection } from '../i18n/ui.ts';
import { rightIds, rightTexts, type QuestionView } from '../components/knowledge-check.ts';

interface Props {
  question: QuestionView;
  number: number;
  strings: UiSection<'check.'>;
  /** The stored answer, ticked again when the learner has not chosen anything yet. */
  earlier: Answer | undefined;
  onAnswer(options: string[], right: boolean): void;
}

type Result = { kind: 'goed' | 'fout' | 'leeg'; count: number };

/**
 * One question: native inputs, the answer to open (as without JavaScript), and a "Controleer"
 * button. The inputs stay uncontrolled, so what was chosen before hydration is kept.
 */
export function CheckQuestion({ question, number, strings, earlier, onAnswer }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const order = useRef<string[]>([]);
  const [result, setResult] = useState<Result>();
  const [restored, setRestored] = useState<boolean>();
  const inputs = () => [...(fieldset.current?.querySelectorAll('input') ?? [])];
  useEffect(() => {
    if (!earlier || inputs().some((input) => input.checked)) return;
    for (const input of inputs()) input.checked = earlier.last.options.includes(input.value);
    order.current = [...earlier.last.options];
    setRestored(earlier.last.right === true);
  }, [earlier]);
  const chosen = () => {
    const checked = inputs().flatMap((input) => (input.checked ? [input.value] : []));
    // Options in the order chosen: first those seen being ticked, then any ticked before hydration.
    return [
      ...order.current.filter((id) => checked.includes(id)),
      ...checked.filter((id) => !order.current.includes(id)),
    ];
  };
  const check = () => {
    const options = chosen();
    const kind = options.length === 0 ? 'leeg' : isRightAnswer(rightIds(question), options) ? 'goed' : 'fout';
    setResult({ kind, count: (result?.count ?? 0) + 1 });
    setRestored(undefined);
    if (kind !== 'leeg') onAnswer(options, kind === 'goed');
  };
  return (
    <fieldset id={question.id} class="question" ref={fieldset}>
      <legend>{question.prompt}</legend>
      {question.options.map((option) => (
        <div class="option">
          <input
            type={question.type}
            id={option.inputId}
            name={question.name}
            value={option.id}
            onChange={(event) => {
              const { checked, value } = event.currentTarget;
              const kept = question.type === 'radio' ? [] : order.current.filter((id) => id !== value);
              order.current = checked ? [...kept, value] : kept;
            }}
          />
          <label for={option.inputId}>{option.text}</label>
        </div>
      ))}
      <div class="needs-js check-action">
        <button type="button" aria-label={format(strings['check.submit.label'], { number })} onClick={check}>
          {strings['check.submit']}
        </button>
        {restored !== undefined && (
          <span class="check-earlier">
            {strings[restored ? 'check.earlier.right' : 'check.earlier.wrong']}
          </span>
        )}
      </div>
      <div role="status" class="check-feedback">
        {result && <Feedback key={result.count} kind={result.kind} question={question} strings={strings} />}
      </div>
      <details>
        <summary>{strings['check.reveal']}</summary>
        <p class="answer-label">{question.answerLabel}</p>
        <ul>
          {rightTexts(question).map((text) => (
            <li>{text}</li>
          ))}
        </ul>
        <p>
          <strong>{strings['check.explanation']}</strong> {question.explanation}
        </p>
      </details>
    </fieldset>
  );
}

// A new key per check replaces the message, so pressing "Controleer" twice is announced twice.
function Feedback({
  kind,
  question,
  strings,
}: {
  kind: Result['kind'];
  question: QuestionView;
  strings: Props['strings'];
}) {
  if (kind === 'leeg') return <p>{strings['check.empty']}</p>;
  return (
    <div class={`check-result check-${kind}`}>
      <p>
        <strong>{strings[kind === 'goed' ? 'check.right' : 'check.wrong']}</strong>
        {kind === 'fout' && ` ${question.answerLabel} ${rightTexts(question).join('; ')}`}
      </p>
      <p>
        <strong>{strings['check.explanation']}</strong> {question.explanation}
      </p>
    </div>
  );
}
