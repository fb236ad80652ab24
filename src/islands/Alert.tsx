import type { ComponentChildren, Ref } from 'preact';

/**
 * A message in a box: the NL Design System alert (@utrecht/alert-css, themed in src/styles/controls.css).
 * - info: a routine message or an answer that stops the learner (our accent colour);
 * - ok: a right answer (our "ok" colour);
 * - error: a wrong answer, or something that went wrong, e.g. stored progress could not be read (our
 *   "wrong" colour).
 * The live region (role=status or role=alert) stays where the caller has it: around the alert, or on
 * the message inside it. A box that gets the focus passes `boxRef` and `focusable`.
 */
export type AlertKind = 'info' | 'ok' | 'error';

const type: Record<AlertKind, string> = {
  info: 'utrecht-alert--info',
  ok: 'utrecht-alert--ok',
  error: 'utrecht-alert--error',
};

interface Props {
  kind: AlertKind;
  children: ComponentChildren;
  /** The component's own class, after the alert's. */
  own?: string;
  boxRef?: Ref<HTMLDivElement>;
  focusable?: boolean;
}

export function Alert({ kind, children, own, boxRef, focusable }: Props) {
  return (
    <div
      class={['utrecht-alert', type[kind], own].filter(Boolean).join(' ')}
      ref={boxRef}
      tabIndex={focusable ? -1 : undefined}
    >
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
