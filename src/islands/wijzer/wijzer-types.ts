import type { UiSection } from '../../i18n/ui.ts';
import type { wijzerLaterStrings } from '../../i18n/wijzer-later-strings.ts';
import type { Sector } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';

/** The start screen's strings, handed to the wijzer by its page (uiSection('wijzer.start.')). */
export type WijzerFirstStrings = UiSection<'wijzer.start.'>;

/** Every string the wijzer shows: the start screen's and those that come with its later code (wijzer-later.ts). */
export type WijzerStrings = WijzerFirstStrings & { [K in keyof typeof wijzerLaterStrings]: string };

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

/** The wijzer's code loaded apart (wijzer-later.ts): the stappenplan run, the later screens and their strings. */
export type WijzerLater = typeof import('./wijzer-later.ts');
