import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchDocuments } from '../../../modules/authoring/load-search-documents.ts';
import type { SearchDocument } from '../../../modules/search/search-document.ts';
import { buildSearchIndex } from '../../../modules/search/build-search-index.ts';
import { openSearchIndex, type OpenSearchIndex } from '../../../modules/search/open-search-index.ts';
import { presentHit } from '../../../modules/search/present-hit.ts';
import { querySearchIndex } from '../../../modules/search/query-search-index.ts';

// Real Dutch queries against the index built from content/, read back from JSON as the browser does.

const root = new URL('../../../', import.meta.url).pathname;
let documents: SearchDocument[];
let open: OpenSearchIndex;

// Loading checks every case (a few seconds on a busy machine), so it happens once for the file.
beforeAll(() => {
  documents = loadSearchDocuments(root);
  open = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(documents))));
}, 60_000);

const search = (query: string, group?: string) => querySearchIndex(open, query, { group });
const urls = (query: string) => search(query).hits.map((hit) => hit.doc.url);
const words = (query: string) =>
  search(query).hits.flatMap((hit) => presentHit(open, hit).words.map((w) => w.toLowerCase()));
/** The first document whose title and text together pass `test`. */
const docWhere = (test: (text: string) => boolean) => {
  const doc = documents.find((d) => test(`${d.title}\n${d.text}`));
  if (!doc) throw new Error('content/ has no document for this test any more; pick another example');
  return doc;
};

describe('search over the real content', () => {
  it('holds every lesson, knowledge-check question and case, each under its beroepsgroep (begrippen under the begrippenlijst)', () => {
    const kinds = Object.groupBy(documents, (d) => d.kind);
    expect(kinds.les?.length).toBeGreaterThan(50);
    expect(kinds.kennisvraag?.length).toBeGreaterThan(kinds.les!.length);
    expect(kinds.casus?.length).toBeGreaterThan(20);
    for (const doc of documents) expect(doc.url.startsWith(`/${doc.group.id}/`), doc.url).toBe(true);
  });

  it('holds the begrippenlijst: searching a begrip finds its explanation', () => {
    expect(urls('vertrouwensinspecteur')).toContain('/begrippen/#vertrouwensinspecteur');
    expect(documents.filter((d) => d.kind === 'begrip').length).toBeGreaterThan(20);
  });

  it('holds each naslag: the phone number of Veilig Thuis is found on the naslag of your group', () => {
    expect(documents.filter((d) => d.kind === 'naslag').length).toBe(11);
    const found = search('telefoonnummer veilig thuis', 'onderwijs')
      .hits.slice(0, 3)
      .map((hit) => hit.doc.url);
    expect(found).toContain('/onderwijs/naslag/');
    expect(urls('0800-2000')).toContain('/basis/naslag/');
  });

  it('finds a term marked as English in a lesson ("shaken baby", AHT)', () => {
    expect(urls('shaken baby')).toContain('/jeugdgezondheidszorg/letsel-en-schudden/');
    expect(urls('AHT')).toContain('/jeugdgezondheidszorg/letsel-en-schudden/');
    const lesson = documents.find((d) => d.url === '/jeugdgezondheidszorg/letsel-en-schudden/')!;
    expect(lesson.text).toContain('"shaken baby"');
  });

  it('finds "signaal" when you search "signalen", and the other way round', () => {
    const onlySingular = docWhere((t) => /\bsignaal\b/i.test(t) && !/signalen/i.test(t));
    const onlyPlural = docWhere((t) => /\bsignalen\b/i.test(t) && !/signaal/i.test(t));
    expect(urls('signalen')).toContain(onlySingular.url);
    expect(urls('signaal')).toContain(onlyPlural.url);
    expect(words('signalen')).toEqual(expect.arrayContaining(['signaal', 'signalen']));
  });

  it('finds "gesprekken" with "gesprek" and "afwegingen" with "afweging"', () => {
    expect(words('gesprek')).toContain('gesprekken');
    expect(words('afweging')).toContain('afwegingen');
  });

  it('compound: "mishandeling" finds "kindermishandeling" and "ouderenmishandeling" (a Dutch compound ends in its head word)', () => {
    const onlyCompound = docWhere(
      (t) => /ouderenmishandeling/i.test(t) && !/(^|[^a-z])mishandeling/i.test(t),
    );
    expect(urls('mishandeling')).toContain(onlyCompound.url);
    expect(words('mishandeling')).toEqual(
      expect.arrayContaining(['kindermishandeling', 'ouderenmishandeling']),
    );
    expect(words('geweld')).toContain('partnergeweld');
  });

  it('compound: "kindermishandeling" does not find a text that only says "mishandeling" (words are matched whole; a query is not split)', () => {
    const onlyHead = docWhere((t) => /(^|[^a-z])mishandeling/i.test(t) && !/kindermishandeling/i.test(t));
    expect(urls('mishandeling')).toContain(onlyHead.url);
    expect(urls('kindermishandeling')).not.toContain(onlyHead.url);
  });

  it('finds words that start with what you typed so far', () => {
    expect(words('afweg')).toContain('afwegingskader');
    expect(words('kind')).toEqual(expect.arrayContaining(['kind', 'kinderen', 'kindcheck']));
  });

  it('puts texts that hold every query word before texts that hold some: "Veilig Thuis"', () => {
    const both = search('Veilig Thuis').hits.map((hit) =>
      ['veilig', 'thuis'].every((t) => hit.terms.includes(t)),
    );
    expect(both[0]).toBe(true);
    expect(both.includes(false)).toBe(true);
    expect(both.slice(both.indexOf(false))).not.toContain(true);
  });

  it('forgives one typing error when nothing matches exactly: "mledcode" and "afwegngskader"', () => {
    for (const [typo, meant] of [
      ['mledcode', 'meldcode'],
      ['afwegngskader', 'afwegingskader'],
    ] as const) {
      const outcome = search(typo);
      expect(outcome.approximate, typo).toBe(true);
      expect(
        presentHit(open, outcome.hits[0]!).words.map((w) => w.toLowerCase()),
        typo,
      ).toContain(meant);
    }
  });

  it('does not guess when the word itself is found', () => {
    expect(search('meldcode').approximate).toBe(false);
  });

  it('finds nothing for a word that is not in the course, nor for stop words alone', () => {
    expect(search('xylofoon')).toEqual({ hits: [], approximate: false });
    expect(search('de het een')).toEqual({ hits: [], approximate: false });
    expect(search('   ')).toEqual({ hits: [], approximate: false });
  });

  it('narrows results to one beroepsgroep', () => {
    const hits = search('afwegingskader', 'onderwijs').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.doc.group === 'onderwijs')).toBe(true);
  });

  it('a question asked in several modules is one result, from your own beroepsgroep when it is one of them', () => {
    const byPrompt = Object.groupBy(
      documents.filter((d) => d.kind === 'kennisvraag'),
      (d) => d.title.trim().toLowerCase(),
    );
    const shared = Object.values(byPrompt).find((docs) => docs!.length > 2)!;
    expect(shared, 'content/ has no question in three modules any more; pick another example').toBeDefined();
    const prompt = shared[0]!.title;
    const asked = (options: { prefer?: string }) =>
      querySearchIndex(open, prompt, options).hits.filter(
        (hit) =>
          hit.doc.kind === 'kennisvraag' &&
          hit.doc.title.trim().toLowerCase() === prompt.trim().toLowerCase(),
      );
    expect(asked({})).toHaveLength(1);
    for (const own of shared.map((d) => d.group.id)) {
      const [hit] = asked({ prefer: own });
      expect(hit!.doc.group).toBe(own);
    }
  });

  it('puts results from your own beroepsgroep first among equally good ones, and keeps the others', () => {
    const all = search('aandachtsfunctionaris');
    const own = querySearchIndex(open, 'aandachtsfunctionaris', { prefer: 'onderwijs' }).hits;
    expect(own).toHaveLength(all.hits.length);
    expect(own[0]!.doc.group).toBe('onderwijs');
    expect(all.hits[0]!.doc.group).not.toBe('onderwijs');
    // Never above a result that holds more of the query words: "veilig thuis" still starts with texts
    // that say both, not with an Onderwijs text that says only "veilig".
    const both = search('veilig thuis')
      .hits.slice(0, 3)
      .map((hit) => hit.doc.url);
    const preferred = querySearchIndex(open, 'veilig thuis', { prefer: 'onderwijs' }).hits.slice(0, 3);
    for (const hit of preferred)
      expect(hit.doc.group === 'onderwijs' || both.includes(hit.doc.url), hit.doc.url).toBe(true);
  });

  it('finds a year and a case by its words, and names the beroepsgroep', () => {
    expect(words('2019')).toContain('2019');
    const hit = search('Daan blauwe plekken').hits.find((h) => h.doc.kind === 'casus');
    expect(hit && presentHit(open, hit)).toMatchObject({
      url: '/onderwijs/casussen/daan-blauwe-plekken/',
      groupName: 'Onderwijs',
    });
  });
});

describe('openSearchIndex', () => {
  it('refuses a file that is not a search index of this version', () => {
    expect(() => openSearchIndex({ kind: 'zoekindex', version: 0 })).toThrow(
      'not a search index of version 2',
    );
    expect(() => openSearchIndex(null)).toThrow();
  });
});
