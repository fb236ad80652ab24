import { useEffect, useRef, useState } from 'preact/hooks';
import { ownGroup } from '../../modules/progress/own-group.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState } from '../storage/update-progress.ts';
import { loadModules } from './load-modules.ts';
import { SearchForm } from './SearchForm.tsx';
import { SearchResults } from './SearchResults.tsx';
import { statusLines, type SearchStrings } from './search-status.ts';
import { useSearch } from './use-search.ts';

interface Props {
  strings: SearchStrings;
  groups: { id: string; name: string }[];
  /** Each case's module by case id, and the modules every learner takes: to find the learner's own group. */
  caseGroups: Record<string, string>;
  shared: string[];
}

/** How long typing pauses before the results follow, in milliseconds. */
const TYPING_PAUSE = 250;

/**
 * Search: rendered at build time it is a plain GET form to `/zoeken/`; once hydrated it loads the index
 * on the first focus, searches as you type and on submit, and announces the number of results in a
 * polite live region. A `?q=` in the address (a form sent before hydration, a reload) is searched at once.
 * Results from the learner's own beroepsgroep (the module of their latest work in the stored progress)
 * come first among equally good ones.
 */
export default function SearchBox({ strings, groups, caseGroups, shared }: Props) {
  const { state, prepare, run } = useSearch();
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  // In an LMS package only its own modules can be chosen: the package holds only their pages.
  const [choices, setChoices] = useState(groups);
  const input = useRef<HTMLInputElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const own = useRef<string>();
  const searchNow = (q: string, g: string) => {
    clearTimeout(typing.current);
    void run(q, g, own.current);
  };
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    // What was typed before the island hydrated counts too.
    const q = params.get('q') ?? input.current?.value ?? '';
    const g = groups.find((x) => x.id === params.get('groep'))?.id ?? '';
    setQuery(q);
    setGroup(g);
    if (import.meta.env.PUBLIC_MELDCODE_PAKKET)
      void loadModules()
        .then((held) => setChoices(groups.filter((x) => held.some((m) => m.id === x.id))))
        .catch(() => undefined);
    void readState(selectProgressStore())
      .then((state) => (own.current = ownGroup(state.progress, caseGroups, shared) ?? undefined))
      .catch(() => undefined)
      .finally(() => q.trim() && searchNow(q, g));
  }, []);
  return (
    <div class="search">
      <SearchForm
        {...{ strings, groups: choices, query, group }}
        inputRef={input}
        onFocus={prepare}
        onQuery={(q) => {
          setQuery(q);
          clearTimeout(typing.current);
          typing.current = setTimeout(() => void run(q, group, own.current), TYPING_PAUSE);
        }}
        onGroup={(g) => {
          setGroup(g);
          if (query.trim()) searchNow(query, g);
        }}
        onSubmit={() => searchNow(query, group)}
      />
      <div role="status" class="search-status">
        {statusLines(strings, state, groups).map((line) => (
          <p>{line}</p>
        ))}
      </div>
      {state.status === 'ready' && (
        <SearchResults searched={state.searched} search={state.search} strings={strings} />
      )}
    </div>
  );
}
