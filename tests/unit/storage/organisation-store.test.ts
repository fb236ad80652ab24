import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_KEY,
  ORGANISATION_NAME_KEY,
  readStoredProfile,
  removeStoredProfile,
  storedOrganisationName,
  storeProfile,
} from '../../../src/storage/organisation-store.ts';

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the organisatieprofiel in this browser', () => {
  it('keeps the text as added and the name for the certificate form, and removes both', () => {
    const storage = memory();
    storeProfile('organisatie: De Linde', 'De Linde', () => storage);
    expect(readStoredProfile(() => storage)).toBe('organisatie: De Linde');
    expect(storedOrganisationName(() => storage)).toBe('De Linde');
    removeStoredProfile(() => storage);
    expect(storage.getItem(ORGANISATION_KEY)).toBeNull();
    expect(storage.getItem(ORGANISATION_NAME_KEY)).toBeNull();
  });

  it('reads nothing, without throwing, where the browser blocks storage', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(readStoredProfile(blocked)).toBeNull();
    expect(storedOrganisationName(blocked)).toBeNull();
  });
});
