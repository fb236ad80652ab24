import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { format } from '../i18n/format.ts';
import type { Searched } from './use-search.ts';
import type { Search } from '../../modules/search/create-search.ts';
import { Marked } from './Marked.tsx';
import type { SearchStrings } from './search-status.ts';
import { siteUrl } from '../lib/site-url.ts';
import { buttonClass } from '../lib/button-class.ts';

/** How many results show at first, and how many more each press of "Toon meer resultaten" adds. */
const PAGE = 20;

interface Props {
  searched: Searched;
  search: Search;
  strings: SearchStrings;
}

/**
 * The results of one search: title link, kind and beroepsgroep, snippet. Snippets are made only for
 * the results shown. "More" moves focus to the first new result, so the keyboard never loses its place.
 */
export function SearchResults({ searched, search, strings }: Props) {
  const [shown, setShown] = useState(PAGE);
  const [focusAt, setFocusAt] = useState<number>();
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  useEffect(() => setShown(PAGE), [searched]);
  useEffect(() => {
    if (focusAt !== undefined) links.current[focusAt]?.focus();
  }, [focusAt]);
  const hits = searched.outcome.hits;
  const results = useMemo(() => hits.slice(0, shown).map(search.present), [hits, shown, search]);
  if (results.length === 0) return null;
  return (
    <>
      <ol class="search-results">
        {results.map((result, i) => (
          <li key={result.url}>
            <h2 class="utrecht-heading-2 utrecht-heading-2--distanced">
              <a
                class="utrecht-link utrecht-link--html-a"
                href={siteUrl(result.url)}
                ref={(el) => void (links.current[i] = el)}
              >
                <Marked segments={result.title} />
              </a>
            </h2>
            <p class="search-meta">
              {format(strings['search.meta'], {
                kind: strings[`search.kind.${result.kind}`],
                group: result.groupName,
              })}
            </p>
            {result.snippet.length > 0 && (
              <p class="search-snippet">
                <Marked segments={result.snippet} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {hits.length > shown && (
        <button
          class={buttonClass('secondary', 'search-more')}
          type="button"
          onClick={() => {
            setFocusAt(shown);
            setShown(shown + PAGE);
          }}
        >
          {strings['search.more']}
        </button>
      )}
    </>
  );
}
