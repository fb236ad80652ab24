import type { ComponentChildren } from 'preact';

/**
 * A message in a box: the NL Design System alert (@utrecht/alert-css, themed in src/styles/tokens.css).
 * - info: a routine message or an answer that stops the learner (our accent colour);
 * - error: something went wrong, e.g. stored progress could not be read (our "wrong" colour).
 * The live region (role=status or role=alert) stays where the caller has it: around the alert, or on
 * the message inside it.
 */
export type AlertKind = 'info' | 'error';

const type: Record<AlertKind, string> = {
  info: 'utrecht-alert--info',
  error: 'utrecht-alert--error',
};

export function Alert({ kind, children }: { kind: AlertKind; children: ComponentChildren }) {
  return (
    <div class={`utrecht-alert ${type[kind]}`}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
