import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import {
  caseEntries,
  caseEntrySchema,
  moduleEntries,
  moduleEntrySchema,
} from '../../../src/loaders/course-entries.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);

describe('moduleEntries', () => {
  const entries = moduleEntries(content);

  it('keeps the modules in the order of the content loader, the basis module first', () => {
    expect(entries.map((entry) => entry.id)).toEqual(content.beroepsgroepen.map((group) => group.id));
    expect(entries[0]?.id).toBe('basis');
  });

  it("lists each module's lessons in the content loader's reading order", () => {
    for (const entry of entries) {
      const lessons = content.lessons.filter((lesson) => lesson.beroepsgroep === entry.id);
      expect(entry.lessons, entry.id).toEqual(lessons.map((lesson) => lesson.slug));
      const orders = lessons.map((lesson) => lesson.lesson.order);
      expect(orders, entry.id).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  it('passes the collection schema unchanged', () => {
    for (const entry of entries) expect(moduleEntrySchema.parse(entry)).toEqual(entry);
  });
});

describe('caseEntries', () => {
  const entries = caseEntries(content);

  it('has one overview per checked case, in the order of the content loader', () => {
    expect(entries.map((entry) => entry.id)).toEqual(content.cases.map(({ compiled }) => compiled.def.id));
  });

  it('carries only the overview fields, never nodes or expert answers', () => {
    expect(Object.keys(entries[0]!).sort()).toEqual(
      ['beroepsgroep', 'client', 'goals', 'id', 'minutes', 'summary', 'title'].sort(),
    );
    for (const entry of entries) expect(caseEntrySchema.parse(entry)).toEqual(entry);
  });
});
