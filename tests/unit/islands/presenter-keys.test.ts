import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../../src/islands/leertafel/presenter-keys.ts';

describe('presenterAction', () => {
  it('goes on with ArrowRight and PageDown, back with ArrowLeft and PageUp', () => {
    expect(presenterAction({ key: 'ArrowRight' })).toBe('next');
    expect(presenterAction({ key: 'PageDown' })).toBe('next');
    expect(presenterAction({ key: 'ArrowLeft' })).toBe('back');
    expect(presenterAction({ key: 'PageUp' })).toBe('back');
    expect(presenterAction({ key: 'Enter' })).toBeNull();
    expect(presenterAction({ key: ' ' })).toBeNull();
  });

  it('does nothing while focus is in a form control or editable text', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(presenterAction({ key: 'ArrowRight', target: { tagName } })).toBeNull();
    expect(
      presenterAction({ key: 'PageUp', target: { tagName: 'DIV', isContentEditable: true } }),
    ).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', target: { tagName: 'BUTTON' } })).toBe('next');
    expect(presenterAction({ key: 'ArrowLeft', target: { tagName: 'H2' } })).toBe('back');
  });

  it('leaves keys with a modifier to the browser', () => {
    expect(presenterAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(presenterAction({ key: 'PageDown', shiftKey: true })).toBeNull();
    expect(presenterAction({ key: 'PageUp', metaKey: true })).toBeNull();
  });
});
