import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../modules/lesson/lesson.schema.ts';
import type { CaseEntry, ModuleEntry } from '../../../src/loaders/course-entries.ts';
import { buildContentIndex } from '../../../src/lib/content-index.ts';

const group = (id: string, lessons: string[]) => ({
  id,
  filePath: `content/beroepsgroepen/${id}.yaml`,
  data: {
    id,
    name: id,
    sector: 'onderwijs',
    afwegingskader: 'onderwijs',
    professionals: ['leerkracht'],
    description: 'Beschrijving.',
    order: 1,
    goals: ['Je kunt dit.', 'Je kunt dat.'],
    sources: [{ title: 'Bron', url: 'https://example.org/' }],
    passPercentage: 70,
    lessons,
  } satisfies ModuleEntry,
});

const lesson = (id: string, order: number) => ({
  id,
  filePath: `content/lessen/${id}.mdx`,
  data: { title: id, summary: 'Samenvatting.', order, minutes: 5, questions: [] } satisfies Lesson,
});

const kase = (id: string, beroepsgroep: string) => ({
  id,
  data: {
    id,
    beroepsgroep,
    title: id,
    summary: 'Samenvatting.',
    minutes: 10,
    goals: ['Je kunt dit.'],
    client: 'kind',
  } satisfies CaseEntry,
});

describe('buildContentIndex', () => {
  it('keeps the order of the content loader: modules as given, lessons as each module lists them', () => {
    const index = buildContentIndex(
      [group('zorg', ['c']), group('onderwijs', ['b', 'a'])],
      [lesson('onderwijs/a', 1), lesson('zorg/c', 1), lesson('onderwijs/b', 2)],
      [kase('twee', 'onderwijs'), kase('een', 'zorg'), kase('drie', 'onderwijs')],
    );
    expect(index.groups.map((g) => g.id)).toEqual(['zorg', 'onderwijs']);
    expect(index.lessonsByGroup.get('onderwijs')?.map((l) => l.slug)).toEqual(['b', 'a']);
    expect(index.lessonsByGroup.get('zorg')?.map((l) => l.entry.id)).toEqual(['zorg/c']);
    expect(index.casesByGroup.get('onderwijs')?.map((c) => c.id)).toEqual(['twee', 'drie']);
  });

  it('gives a module without lessons or cases empty lists', () => {
    const index = buildContentIndex([group('onderwijs', [])], [], []);
    expect(index.lessonsByGroup.get('onderwijs')).toEqual([]);
    expect(index.casesByGroup.get('onderwijs')).toEqual([]);
  });

  it('names every mismatch and how to fix it', () => {
    expect(() =>
      buildContentIndex(
        [group('onderwijs', ['a', 'weg']), group('over', [])],
        [lesson('onderwijs/a', 1), lesson('kinderopvang/luiers', 1)],
        [kase('dwaal', 'zorg')],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Content problems:
      - content/lessen/onderwijs/weg.mdx: checked by the content loader, but Astro did not load it.
      - content/beroepsgroepen/over.yaml: id "over" is already a page of the site; choose another id.
      - content/lessen/kinderopvang/luiers.mdx: no module lists this lesson; put it in content/lessen/<beroepsgroep>/ and run npm run lint:content.
      - case "dwaal": beroepsgroep "zorg" is not a module.]
    `);
  });

  it('keeps the pages every module has (naslag, wijzer) free of lessons, and /wijzer/ free of modules', () => {
    expect(() =>
      buildContentIndex(
        [group('onderwijs', ['naslag']), group('wijzer', [])],
        [lesson('onderwijs/naslag', 1)],
        [],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Content problems:
      - content/lessen/onderwijs/naslag.mdx: "naslag" is already a page of every module; rename the lesson file.
      - content/beroepsgroepen/wijzer.yaml: id "wijzer" is already a page of the site; choose another id.]
    `);
  });
});
