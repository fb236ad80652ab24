/** What a search result points to: a lesson, a case, one knowledge-check question of a lesson, a naslag or a begrip. */
export type SearchKind = 'les' | 'casus' | 'kennisvraag' | 'naslag' | 'begrip';

/** A beroepsgroep as a search result names it. */
export interface SearchGroup {
  id: string;
  name: string;
}

/** One searchable thing: the text that is indexed, and what a result shows and links to. */
export interface SearchDocument {
  kind: SearchKind;
  title: string;
  /** Plain text (no markup), lines separated by `\n`; indexed, and the source of the snippet. */
  text: string;
  /** Root-relative page address, e.g. `/onderwijs/signalen-per-leeftijd/`. */
  url: string;
  group: SearchGroup;
}
