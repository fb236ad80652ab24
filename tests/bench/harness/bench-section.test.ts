import { describe, expect, it } from 'vitest';
import { formatTable, median, selectSections } from '../bench-section.ts';

describe('median', () => {
  it('takes the middle value of an odd list and the mean of the middle two of an even list', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of an empty list');
  });
});

describe('formatTable', () => {
  it('aligns columns, numbers to the right', () => {
    expect(
      formatTable([
        { type: 'home', gzip: 2693 },
        { type: 'beroepsgroep', gzip: 12 },
      ]),
    ).toMatchInlineSnapshot(`
      "type          gzip
      ------------  ----
      home          2693
      beroepsgroep    12"
    `);
  });

  it('keeps a column right-aligned when some rows leave it out', () => {
    expect(
      formatTable([
        { part: 'whole bundle', raw: 66688, gzip: 21455 },
        { part: 'xstate', raw: 39243 },
      ]),
    ).toMatchInlineSnapshot(`
      "part            raw   gzip
      ------------  -----  -----
      whole bundle  66688  21455
      xstate        39243"
    `);
  });
});

describe('selectSections', () => {
  const sections = [{ name: 'site build' }, { name: 'case run bundle' }, { name: 'encoded progress' }];

  it('keeps all sections without filters, and otherwise those whose name contains a filter, in order', () => {
    expect(selectSections(sections, [])).toEqual(sections);
    expect(selectSections(sections, ['Encoded', 'bundle'])).toEqual([sections[1], sections[2]]);
  });

  it('refuses a filter that matches no section and lists the names', () => {
    expect(() => selectSections(sections, ['bundle', 'nothing'])).toThrow(
      'no bench section matches "nothing"; the sections are:\n  site build\n  case run bundle\n  encoded progress',
    );
  });
});
