import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { verifyTableEntries, verifyTableEntrySchema } from '../../../src/loaders/verify-table-entries.ts';

const content = loadContent(new URL('../../../', import.meta.url).pathname);

describe('the verify tables the site ships for the module pages', { timeout: 60_000 }, () => {
  it('has one for every real case, which the collection schema accepts (bad endings included)', () => {
    const tables = verifyTableEntries(content);
    expect(tables.map((table) => table.id)).toEqual(content.cases.map(({ compiled }) => compiled.def.id));
    expect(tables.some((table) => table.nodes.some((node) => node.bad))).toBe(true);
    for (const table of tables) expect(verifyTableEntrySchema.safeParse(table).error).toBeUndefined();
  });

  it('refuses a table whose moments point nowhere', () => {
    const [table] = verifyTableEntries(content);
    expect(verifyTableEntrySchema.safeParse({ ...table, states: [[0, 0, -2]] }).success).toBe(false);
  });
});
