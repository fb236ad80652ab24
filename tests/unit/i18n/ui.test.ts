import { describe, expect, it } from 'vitest';
import { firstStrings, format, t, ui, uiSection, type UiKey } from '../../../src/i18n/ui.ts';
import { playerLaterStrings } from '../../../src/i18n/player-later-strings.ts';

describe('t', () => {
  it('returns the string for a key', () => {
    expect(t('skip.link')).toBe('Naar de inhoud');
  });

  it('fills every placeholder', () => {
    expect(t('lesson.minutes', { minutes: 5 })).toBe('5 min lezen');
    expect(t('lesson.back', { group: 'Onderwijs' })).toBe('Terug naar Onderwijs');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => t('lesson.minutes')).toThrowErrorMatchingInlineSnapshot(
      `[Error: ui string "lesson.minutes" needs a value for {minutes}]`,
    );
  });
});

describe('format', () => {
  it('fills a string an island got as a prop, and throws on a missing value', () => {
    expect(format('{count} resultaten', { count: 3 })).toBe('3 resultaten');
    expect(() => format('{count} resultaten')).toThrow('needs a value for {count}');
  });
});

describe('uiSection', () => {
  it('gives only the strings under a prefix', () => {
    const section = uiSection('search.kind.');
    expect(section).toEqual({
      'search.kind.les': 'Les',
      'search.kind.casus': 'Casus',
      'search.kind.kennisvraag': 'Kennisvraag',
      'search.kind.naslag': 'Naslag',
      'search.kind.begrip': 'Begrip',
    });
  });
});

describe('firstStrings', () => {
  it('gives the strings under each prefix, without those the later code brings', () => {
    const first = firstStrings(['player.', 'caseText.'], playerLaterStrings);
    expect(first).toEqual(
      Object.fromEntries(
        Object.entries({ ...uiSection('player.'), ...uiSection('caseText.') }).filter(
          ([key]) => !(key in playerLaterStrings),
        ),
      ),
    );
    expect(first['player.loading']).toBe(ui['player.loading']);
    expect(first).not.toHaveProperty('player.result.heading');
    expect(first).not.toHaveProperty('search.kind.les');
  });
});

describe('ui strings', () => {
  const entries = Object.entries(ui) as [UiKey, string][];

  it('are never empty or padded', () => {
    for (const [key, value] of entries) {
      expect(value.trim(), key).not.toBe('');
      if (key !== 'title.separator') expect(value, key).toBe(value.trim());
    }
  });

  it('address the reader with "je", never with the formal "u"', () => {
    for (const [key, value] of entries) {
      expect(value, key).not.toMatch(/\b(u|uw|U|Uw)\b/);
    }
  });

  it('use only well-formed {name} placeholders', () => {
    for (const [key, value] of entries) {
      expect(value.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it("in the wijzer, never call the person it is about by one sector's word: every beroepsgroep's wijzer shows it", () => {
    // Issue 21: the school version of the wijzer told the teacher to inform "je cliënt". An example
    // ("een volwassene, zoals een cliënt of patiënt") is fine; "your client" is not, in a school.
    for (const [key, value] of Object.entries(uiSection('wijzer.'))) {
      expect(value, key).not.toMatch(/\bje (cliënt|cliënten|patiënt|patiënten|leerling|leerlingen)\b/);
    }
  });
});
