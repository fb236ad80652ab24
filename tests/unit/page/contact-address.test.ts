import { describe, expect, it } from 'vitest';
import { contactAddress, DEFAULT_CONTACT } from '../../../modules/page/contact-address.ts';

describe('the contact address (MELDCODE_CONTACT)', () => {
  it('uses the default when it is not set, and trims what is set', () => {
    expect(contactAddress(undefined)).toBe(DEFAULT_CONTACT);
    expect(contactAddress('  ')).toBe(DEFAULT_CONTACT);
    expect(contactAddress(' toegankelijkheid@meldcode.example.nl ')).toBe(
      'toegankelijkheid@meldcode.example.nl',
    );
  });

  it('refuses what is not one plain e-mail address', () => {
    for (const wrong of [
      'meldcode.example.nl',
      'mailto:a@b.nl',
      'a@b',
      'a b@c.nl',
      'a@b.nl,c@d.nl',
      'a@b.nl?subject=x',
    ])
      expect(() => contactAddress(wrong), wrong).toThrow(/MELDCODE_CONTACT/);
  });
});
