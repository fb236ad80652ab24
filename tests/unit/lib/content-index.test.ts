import { describe, expect, it } from 'vitest';
import type { Beroepsgroep } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';
import type { Lesson } from '../../../modules/lesson/lesson.schema.ts';
import { buildContentIndex, nextLesson } from '../../../src/lib/content-index.ts';

const group = (id: string, order: number, name = id) => ({
  id,
  filePath: `content/beroepsgroepen/${id}.yaml`,
  data: {
    id,
    name,
    sector: 'onderwijs',
    afwegingskader: 'onderwijs',
    professionals: ['leerkracht'],
    description: 'Beschrijving.',
    order,
  } satisfies Beroepsgroep,
});

const lesson = (id: string, order: number, title = id) => ({
  id,
  filePath: `content/lessen/${id}.mdx`,
  data: { title, summary: 'Samenvatting.', order, minutes: 5 } satisfies Lesson,
});

describe('buildContentIndex', () => {
  it('sorts groups and lessons by order, then by name', () => {
    const index = buildContentIndex(
      [group('zorg', 2), group('onderwijs', 1), group('jeugdhulp', 1)],
      [lesson('onderwijs/b', 2), lesson('onderwijs/a', 1), lesson('zorg/c', 1)],
    );
    expect(index.groups.map((g) => g.id)).toEqual(['jeugdhulp', 'onderwijs', 'zorg']);
    expect(index.lessonsByGroup.get('onderwijs')?.map((l) => l.slug)).toEqual(['a', 'b']);
    expect(index.lessonsByGroup.get('zorg')?.map((l) => l.slug)).toEqual(['c']);
  });

  it('gives a group without lessons an empty list', () => {
    expect(buildContentIndex([group('onderwijs', 1)], []).lessonsByGroup.get('onderwijs')).toEqual([]);
  });

  it('names every broken file and how to fix it', () => {
    const renamed = {
      ...group('onderwijs', 1),
      id: 'school',
      filePath: 'content/beroepsgroepen/school.yaml',
    };
    expect(() =>
      buildContentIndex(
        [renamed, group('over', 2)],
        [lesson('kinderopvang/luiers', 1), lesson('onderwijs/extra/diep', 1)],
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Content problems:
      - content/beroepsgroepen/school.yaml: id "onderwijs" must equal the file name "school"; rename the file or change the id.
      - content/beroepsgroepen/over.yaml: id "over" is already a page of the site; choose another id.
      - content/lessen/kinderopvang/luiers.mdx: folder "kinderopvang" is not a beroepsgroep; use one of: onderwijs, over.
      - content/lessen/onderwijs/extra/diep.mdx: a lesson must sit directly in content/lessen/<beroepsgroep>/.]
    `);
  });
});

describe('nextLesson', () => {
  const { lessonsByGroup } = buildContentIndex(
    [group('onderwijs', 1)],
    [lesson('onderwijs/a', 1), lesson('onderwijs/b', 2)],
  );
  const list = lessonsByGroup.get('onderwijs') ?? [];

  it('returns the following lesson in reading order', () => {
    expect(nextLesson(list, 'a')?.slug).toBe('b');
  });

  it('returns nothing after the last lesson or for an unknown slug', () => {
    expect(nextLesson(list, 'b')).toBeUndefined();
    expect(nextLesson(list, 'onbekend')).toBeUndefined();
  });
});
