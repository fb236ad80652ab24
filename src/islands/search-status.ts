import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { SearchState } from './use-search.ts';

/** The strings the search island shows, handed to it as a prop by the search page. */
export type SearchStrings = UiSection<'search.'>;

/** What was searched and what came back, as far as the status line needs it. */
export interface SearchSummary {
  query: string;
  count: number;
  approximate: boolean;
  /** The beroepsgroep searched in, when the search was narrowed to one. */
  groupName?: string;
}

/**
 * The sentences the live region announces after a search: how many results, saying so when they are for
 * near spellings; with none, a tip, and a hint to search every beroepsgroep when only one was searched.
 */
export function searchStatus(strings: SearchStrings, summary: SearchSummary): string[] {
  const { query, count, approximate, groupName } = summary;
  if (count === 0)
    return [
      format(strings['search.none'], { query }),
      strings['search.none.tip'],
      ...(groupName ? [format(strings['search.none.group'], { group: groupName })] : []),
    ];
  const one = count === 1;
  const key = approximate
    ? one
      ? 'search.approximate.one'
      : 'search.approximate.other'
    : one
      ? 'search.count.one'
      : 'search.count.other';
  return [format(strings[key], { query, count })];
}

/** The live region's sentences for the island's state: loading, a load error, or the search's status. */
export function statusLines(
  strings: SearchStrings,
  state: SearchState,
  groups: readonly { id: string; name: string }[],
): string[] {
  if (state.status === 'loading') return [strings['search.loading']];
  if (state.status === 'error') return [strings['search.error']];
  if (state.status !== 'ready') return [];
  const { query, group, outcome } = state.searched;
  return searchStatus(strings, {
    query,
    count: outcome.hits.length,
    approximate: outcome.approximate,
    groupName: groups.find((g) => g.id === group)?.name,
  });
}
