import { describe, expect, it } from 'vitest';
import { uiSection } from '../../../src/i18n/ui.ts';
import { searchStatus, statusLines } from '../../../src/islands/search-status.ts';

const strings = uiSection('search.');
const none = { hits: [], approximate: false };

describe('searchStatus', () => {
  it('counts results in the singular and the plural', () => {
    expect(searchStatus(strings, { query: 'meldrecht', count: 1, approximate: false })).toEqual([
      '1 resultaat voor “meldrecht”.',
    ]);
    expect(searchStatus(strings, { query: 'signalen', count: 125, approximate: false })).toEqual([
      '125 resultaten voor “signalen”.',
    ]);
  });

  it('says when the results are for words that resemble the query', () => {
    expect(searchStatus(strings, { query: 'mledcode', count: 3, approximate: true })).toEqual([
      'Niets gevonden voor “mledcode”. Wel 3 resultaten voor woorden die erop lijken.',
    ]);
  });

  it('gives a tip with no results, and points to all beroepsgroepen when only one was searched', () => {
    expect(searchStatus(strings, { query: 'xylofoon', count: 0, approximate: false })).toEqual([
      'Geen resultaten voor “xylofoon”.',
      'Probeer een ander woord of een korter woord, bijvoorbeeld “signalen” of “Veilig Thuis”.',
    ]);
    expect(
      searchStatus(strings, { query: 'xylofoon', count: 0, approximate: false, groupName: 'Onderwijs' }),
    ).toContain('Je zoekt nu alleen bij Onderwijs. Kies “Alle beroepsgroepen” om overal te zoeken.');
  });
});

describe('statusLines', () => {
  const groups = [{ id: 'onderwijs', name: 'Onderwijs' }];

  it('says nothing before a search, and tells while loading or when loading failed', () => {
    expect(statusLines(strings, { status: 'idle' }, groups)).toEqual([]);
    expect(statusLines(strings, { status: 'loading' }, groups)).toEqual([strings['search.loading']]);
    expect(statusLines(strings, { status: 'error' }, groups)).toEqual([strings['search.error']]);
  });

  it('names the beroepsgroep searched in by its name', () => {
    const searched = { query: 'x', group: 'onderwijs', outcome: none };
    const lines = statusLines(strings, { status: 'ready', searched, search: {} as never }, groups);
    expect(lines.at(-1)).toContain('Onderwijs');
  });
});
