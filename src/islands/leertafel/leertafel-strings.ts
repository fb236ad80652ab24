import type { UiSection } from '../../i18n/ui.ts';
import type { DiagramStrings } from '../../lib/stappenplan-diagram.ts';

/** The strings a leertafel island gets as a prop: its own section and the stappenplan diagram's. */
export type LeertafelStrings = UiSection<'leertafel.'> & DiagramStrings;

/** A, B, C…: how the group names a choice. */
export const letter = (index: number): string => String.fromCharCode(65 + index);
