import { describe, expect, it } from 'vitest';
import { isCurrentPage, navItems } from '../../../src/components/nav.ts';
import { ui } from '../../../src/i18n/ui.ts';

describe('isCurrentPage', () => {
  it('matches the same path with or without a trailing slash', () => {
    expect(isCurrentPage('/over/', '/over/')).toBe(true);
    expect(isCurrentPage('/over/', '/over')).toBe(true);
  });

  it('matches the home page only on the home page', () => {
    expect(isCurrentPage('/', '/')).toBe(true);
    expect(isCurrentPage('/', '/onderwijs/')).toBe(false);
  });

  it('does not treat a sub-page as the current page', () => {
    expect(isCurrentPage('/over/', '/over/privacy/')).toBe(false);
  });
});

describe('navItems', () => {
  it('link to site paths with a trailing slash and a known label', () => {
    for (const item of navItems) {
      expect(item.href).toMatch(/^\/([a-z0-9-]+\/)*$/);
      expect(ui[item.label]).toBeTruthy();
    }
  });
});
