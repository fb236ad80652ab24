import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../modules/search/build-search-index.ts';
import { openSearchIndex } from '../../../modules/search/open-search-index.ts';
import { presentHit } from '../../../modules/search/present-hit.ts';
import { querySearchIndex } from '../../../modules/search/query-search-index.ts';
import type { SearchDocument } from '../../../modules/search/search-document.ts';

const doc = (group: string, kind: SearchDocument['kind'], path: string, text: string): SearchDocument => ({
  kind,
  title: `${group} ${path}`,
  text,
  url: `/${group}/${path}`,
  group: { id: group, name: group },
});

describe('buildSearchIndex', () => {
  const documents = [
    doc('artsen', 'les', 'waarom-de-meldcode/', 'Artsen bellen de vertrouwensarts.'),
    doc('artsen', 'les', 'veilig-thuis/', 'Veilig Thuis weegt de melding.'),
    doc('onderwijs', 'les', 'waarom-de-meldcode/', 'Leraren praten met de intern begeleider.'),
    doc('artsen', 'casus', 'casussen/bas/', 'Bas komt op het spreekuur.'),
    doc('onderwijs', 'les', 'veilig-thuis/', 'Veilig Thuis adviseert de school.'),
  ];
  const index = buildSearchIndex(documents);

  it('stores documents by kind, and the same lesson of different modules side by side', () => {
    expect(index.docs.map((d) => d.url)).toEqual([
      '/artsen/casussen/bas/',
      '/artsen/veilig-thuis/',
      '/onderwijs/veilig-thuis/',
      '/artsen/waarom-de-meldcode/',
      '/onderwijs/waarom-de-meldcode/',
    ]);
  });

  it('keeps each document with its own term counts after reordering', () => {
    const open = openSearchIndex(JSON.parse(JSON.stringify(index)));
    const urls = (query: string) => querySearchIndex(open, query).hits.map((hit) => hit.doc.url);
    expect(urls('vertrouwensarts')).toEqual(['/artsen/waarom-de-meldcode/']);
    expect(urls('spreekuur')).toEqual(['/artsen/casussen/bas/']);
    expect(urls('school')).toEqual(['/onderwijs/veilig-thuis/']);
  });

  it('finds a knowledge-check question by its explanation, but shows the question, not the answer', () => {
    const question = {
      ...doc('artsen', 'kennisvraag', 'veilig-thuis/#vraag-bellen', 'Je belt Veilig Thuis voor advies.'),
      title: 'Wat doe je als je twijfelt?',
    };
    const open = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex([question]))));
    const [hit] = querySearchIndex(open, 'advies').hits;
    expect(hit?.doc.url).toBe('/artsen/veilig-thuis/#vraag-bellen');
    const shown = presentHit(open, hit!);
    expect(shown.title.map((s) => s.text).join('')).toBe('Wat doe je als je twijfelt?');
    expect(shown.snippet.map((s) => s.text).join('')).toBe('');
    expect(JSON.stringify(buildSearchIndex([question]).docs)).not.toContain('Je belt');
  });
});
