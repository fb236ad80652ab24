import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/layouts/page-title.ts';

describe('pageTitle', () => {
  it('is the site name when a page has no title of its own', () => {
    expect(pageTitle()).toBe('Werken met de meldcode');
  });

  it('puts the page title first, then the site name', () => {
    expect(pageTitle('Pagina niet gevonden')).toBe('Pagina niet gevonden – Werken met de meldcode');
  });

  it('does not repeat the site name', () => {
    expect(pageTitle('Werken met de meldcode')).toBe('Werken met de meldcode');
  });
});
