/** What a presenter key asks for: the next step, one moment back, or nothing. */
export type PresenterAction = 'next' | 'back' | null;

/** The parts of a keyboard event that decide it (so it can be tested without a browser). */
export interface PresenterKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  /** The focused element's tag name and whether it is editable. */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const NEXT = new Set(['ArrowRight', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'PageUp']);
/** Where arrow keys and page keys already mean something: typing and choosing in a form control. */
const FORM_CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The presenter keys of a leertafel: ArrowRight and PageDown go on, ArrowLeft and PageUp go back, as a
 * presenter remote sends them. Never while focus is in a form control, and never with a modifier
 * (Alt+ArrowLeft is the browser's own "back").
 */
export function presenterAction(event: PresenterKey): PresenterAction {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const target = event.target;
  if (target && (target.isContentEditable || FORM_CONTROLS.has(target.tagName ?? ''))) return null;
  return NEXT.has(event.key) ? 'next' : BACK.has(event.key) ? 'back' : null;
}
