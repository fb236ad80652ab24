import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { designSystemTables, withTableClass } from '../../../src/integrations/design-system-tables.ts';

describe('design-system tables (Markdown)', () => {
  it('puts the design-system class first and keeps the element’s own classes once', () => {
    expect(withTableClass('td', undefined)).toEqual(['utrecht-table__cell']);
    expect(withTableClass('table', ['wide'])).toEqual(['utrecht-table', 'wide']);
    expect(withTableClass('th', 'a utrecht-table__header-cell')).toEqual(['utrecht-table__header-cell', 'a']);
  });

  it('gives every part of a Markdown table its utrecht-table class', async () => {
    const markdown = '| Wie | Wat |\n| --- | --- |\n| jij | meldt |\n';
    const { html } = await markdownToHtml(markdown, { hastPlugins: [designSystemTables] });
    expect(html).toContain('<table class="utrecht-table">');
    expect(html).toContain('<thead class="utrecht-table__header">');
    expect(html).toContain('<tbody class="utrecht-table__body">');
    expect(html).toContain('<tr class="utrecht-table__row">');
    expect(html).toContain('<th class="utrecht-table__header-cell">Wie</th>');
    expect(html).toContain('<td class="utrecht-table__cell">meldt</td>');
    expect(html).not.toMatch(/<(table|thead|tbody|tr|th|td)>/);
  });
});
