import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { beroepsgroepenLoader, casussenLoader } from '../../../src/loaders/course-loader.ts';
import { courseContent } from '../../../src/loaders/course-content.ts';
import { caseEntrySchema, moduleEntrySchema } from '../../../src/loaders/course-entries.ts';

const root = new URL('../../../', import.meta.url);

/** Just enough of Astro's loader context: an ordered store and the collection's schema. */
function fakeContext(schema: { parse: (data: unknown) => unknown }) {
  const store = new Map<string, { id: string; data: Record<string, unknown> }>();
  const context = {
    config: { root },
    store: {
      clear: () => store.clear(),
      set: (entry: { id: string; data: Record<string, unknown> }) => (store.set(entry.id, entry), true),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => schema.parse(data),
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: { error: () => {} },
  };
  return { context: context as unknown as LoaderContext, store };
}

describe('the course loaders', () => {
  it('fill beroepsgroepen with the modules in display order, from one loadContent', async () => {
    const { context, store } = fakeContext(moduleEntrySchema);
    await beroepsgroepenLoader().load(context);
    const content = courseContent(root);
    expect([...store.keys()]).toEqual(content.beroepsgroepen.map((group) => group.id));
    expect(courseContent(root)).toBe(content);
  });

  it('fill casussen with every checked case, in order', async () => {
    const { context, store } = fakeContext(caseEntrySchema);
    await casussenLoader().load(context);
    const ids = courseContent(root).cases.map(({ compiled }) => compiled.def.id);
    expect([...store.keys()]).toEqual(ids);
    expect(store.get('daan-blauwe-plekken')?.data).toMatchObject({
      beroepsgroep: 'onderwijs',
      client: 'kind',
    });
  });
});
