import { useRef, useState } from 'preact/hooks';
import type { Search } from '../../modules/search/create-search.ts';
import type { SearchOutcome } from '../../modules/search/query-search-index.ts';
import { loadSearch } from './load-search.ts';

/** A finished search: what was asked and what came back. */
export interface Searched {
  query: string;
  group: string;
  outcome: SearchOutcome;
}

/** Where the search stands: `loading` only while a search waits for the index to arrive. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; searched: Searched; search: Search };

/**
 * The search island's state. `prepare` starts loading the index (on the first focus); `run` searches,
 * loading first if needed, and keeps the query in the address (`?q=…&groep=…`), so reloading or going
 * back to the page shows the same results. Only the newest run may set the state.
 */
export function useSearch() {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const prepare = () => void loadSearch().catch(() => undefined);
  /** `prefer`: the learner's own beroepsgroep, whose results come first among equally good ones. */
  const run = async (query: string, group: string, prefer?: string) => {
    const id = ++latest.current;
    history.replaceState(history.state, '', searchAddress(query, group));
    if (!query.trim()) return setState({ status: 'idle' });
    const timer = setTimeout(() => id === latest.current && setState({ status: 'loading' }), 150);
    try {
      const search = await loadSearch();
      const outcome = search.find(query, { group: group || undefined, prefer });
      if (id === latest.current) setState({ status: 'ready', search, searched: { query, group, outcome } });
    } catch {
      if (id === latest.current) setState({ status: 'error' });
    } finally {
      clearTimeout(timer);
    }
  };
  return { state, prepare, run };
}

function searchAddress(query: string, group: string): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  if (group) params.set('groep', group);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}
