import type { UiSection } from '../../i18n/ui.ts';
import type { Sector } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';

/** The strings the wijzer shows, handed to it by its page (uiSection('wijzer.')). */
export type WijzerStrings = UiSection<'wijzer.'>;

/** A beroepsgroep as the wijzer needs it: its sector for the machine and its own afweging questions. */
export interface WijzerGroup {
  id: string;
  name: string;
  sector: Sector;
  /** Afweging 1 to 5 in this group's words, from its naslag. */
  vragen: string[];
}

/** Which screen the wijzer shows. */
export type WijzerView = 'start' | 'stappen' | 'vraag' | 'samenvatting';

/** A message under the current screen: a refusal with the meldcode's reason, or what an answer led to. */
export interface WijzerNotice {
  kind: 'refusal' | 'info';
  text: string;
}

/** "melden bij Veilig Thuis" → "Melden bij Veilig Thuis", for a heading or a label. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
