import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_CHECKED_KEY,
  readStoredProfile,
  removeStoredProfile,
  storedOrganisationName,
  storeProfile,
} from '../../../src/storage/organisation-store.ts';
import { memoryStorage as memory } from '../../../src/storage/memory-storage.ts';
import { exampleProfile } from '../organisation/profile-fixtures.ts';

describe('the organisatieprofiel in this browser', () => {
  it('keeps the text as added, the name for the certificate form and the checked profile for the handout, and removes all three', () => {
    const storage = memory();
    const profile = exampleProfile('basisschool');
    storeProfile('organisatie: De Linde', profile, () => storage);
    expect(readStoredProfile(() => storage)).toBe('organisatie: De Linde');
    expect(storedOrganisationName(() => storage)).toBe('Basisschool De Linde');
    expect(JSON.parse(storage.getItem(ORGANISATION_CHECKED_KEY)!)).toEqual(profile);
    removeStoredProfile(() => storage);
    expect(storage.length).toBe(0);
  });

  it('reads nothing, without throwing, where the browser blocks storage', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(readStoredProfile(blocked)).toBeNull();
    expect(storedOrganisationName(blocked)).toBeNull();
  });
});
