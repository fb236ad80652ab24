import type { leertafelLaterStrings } from '../../i18n/leertafel-later-strings.ts';
import type { UiSection } from '../../i18n/ui.ts';
import type { DiagramStrings } from '../../lib/stappenplan-diagram.ts';

/** Every string a leertafel shows: its own section and the stappenplan diagram's. */
export type LeertafelStrings = UiSection<'leertafel.'> & DiagramStrings;
/** The strings the page gives the island as a prop: those of the first moment as the page shows it. */
export type LeertafelFirstStrings = Omit<LeertafelStrings, keyof typeof leertafelLaterStrings>;
/** What the live region says after a presenter key or the reveal button, filled in once its strings are there. */
export interface LeertafelMessage {
  key:
    'leertafel.announce' | 'leertafel.hidden' | 'leertafel.atStart' | 'leertafel.atEnd' | 'leertafel.notOpen';
  /** The expert's choice, for `leertafel.announce`. */
  label?: string;
}

/** A, B, C…: how the group names a choice. */
export const letter = (index: number): string => String.fromCharCode(65 + index);
