import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { designSystemHeadings, designSystemLinks } from '../../../src/integrations/design-system-links.ts';
import { withClassesFirst } from '../../../src/integrations/design-system-tables.ts';

describe('design-system links (Markdown)', () => {
  it('puts the design-system classes first and keeps the element’s own classes once', () => {
    expect(withClassesFirst(['utrecht-link', 'utrecht-link--html-a'], ['begrip-link'])).toEqual([
      'utrecht-link',
      'utrecht-link--html-a',
      'begrip-link',
    ]);
    expect(withClassesFirst(['utrecht-link'], 'utrecht-link x')).toEqual(['utrecht-link', 'x']);
  });

  it('gives every link in Markdown the link classes, and leaves an anchor without href alone', () => {
    const markdown = 'Lees [de begrippen](/begrippen/) en <https://example.org>.\n';
    const { html } = markdownToHtml(markdown, { hastPlugins: [designSystemLinks] });
    expect(html).toContain(
      '<a href="/begrippen/" class="utrecht-link utrecht-link--html-a">de begrippen</a>',
    );
    expect(html).toMatch(/<a href="https:\/\/example.org" class="utrecht-link utrecht-link--html-a">/);
    expect(html).not.toMatch(/<a href="[^"]*">/);
  });

  it('gives every heading in Markdown the design-system heading of its level', () => {
    const { html } = markdownToHtml('## Wat doe je?\n\n### Eerst\n', { hastPlugins: [designSystemHeadings] });
    expect(html).toContain('<h2 class="utrecht-heading-2 utrecht-heading-2--distanced">Wat doe je?</h2>');
    expect(html).toContain('<h3 class="utrecht-heading-3 utrecht-heading-3--distanced">Eerst</h3>');
  });
});
