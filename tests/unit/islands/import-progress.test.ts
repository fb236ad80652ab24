import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import { importProgress } from '../../../src/islands/import-progress.ts';
import { createLocalStore, PROGRESS_KEY } from '../../../src/storage/local-store.ts';
import { ORGANISATION_KEY, ORGANISATION_NAME_KEY } from '../../../src/storage/organisation-store.ts';
import { exampleText, profileGroups as groups } from '../organisation/profile-fixtures.ts';
import { memoryStorage } from '../../../src/storage/memory-storage.ts';

const strings = uiSection('myProgress.import.');

const file = (parts: object) => JSON.stringify({ ...emptyProgress(), ...parts });

describe('importProgress', () => {
  it('merges the file with what this browser holds, never replacing it', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: file({ lessons: ['basis/hier'] }) });
    const outcome = await importProgress(
      createLocalStore(storage),
      'voortgang.json',
      file({ lessons: ['basis/daar'] }),
      strings,
      groups,
    );
    expect(outcome.message).toBe(
      'Je voortgang uit voortgang.json is ingelezen en samengevoegd met wat er al stond.',
    );
    expect(outcome.state?.progress.lessons).toEqual(['basis/daar', 'basis/hier']);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).lessons).toEqual(['basis/daar', 'basis/hier']);
  });

  it('refuses a foreign, unreadable or newer file with the Dutch message, and changes nothing', async () => {
    const before = file({ lessons: ['basis/hier'] });
    const storage = memoryStorage({ [PROGRESS_KEY]: before });
    const store = createLocalStore(storage);
    for (const [text, start] of [
      ['{"certificaat": 1}', 'Dit is geen voortgang van Werken met de meldcode.'],
      ['niet eens json', 'Dit is geen leesbare voortgang'],
      [file({ version: 4 }), 'De voortgang komt uit een nieuwere versie van deze cursus'],
    ] as const) {
      const outcome = await importProgress(store, 'x.json', text, strings, groups);
      expect(outcome.state).toBeUndefined();
      expect(outcome.message.startsWith(start), outcome.message).toBe(true);
    }
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('brings in what is whole of a partly damaged file and says what was left out', async () => {
    const outcome = await importProgress(
      createLocalStore(memoryStorage()),
      'half.json',
      file({ lessons: ['basis/les', 42], completed: { basis: 'gisteren' } }),
      strings,
      groups,
    );
    expect(outcome.state?.progress.lessons).toEqual(['basis/les']);
    expect(outcome.message).toBe(
      'Je voortgang uit half.json is ingelezen en samengevoegd met wat er al stond. Een deel van je voortgang was beschadigd: 1 gelezen les en 1 afgeronde module konden niet worden gelezen en zijn weggelaten. De rest van je voortgang is bewaard.',
    );
  });

  it('writes nothing over a record from a newer site, and says nothing was read in', async () => {
    const future = file({ version: 5 });
    const storage = memoryStorage({ [PROGRESS_KEY]: future });
    const outcome = await importProgress(
      createLocalStore(storage),
      'x.json',
      file({ lessons: ['basis/les'] }),
      strings,
      groups,
    );
    expect(outcome.message).toMatch(/nieuwere versie van deze cursus.*Er is niets ingelezen\.$/);
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
  });
});

describe('importProgress with the organisatieprofiel the file carries', () => {
  const school = exampleText('basisschool');
  const withProfile = (profile: unknown) => file({ lessons: ['basis/les'], organisatieprofiel: profile });
  const run = (storage: Storage, text: string) =>
    importProgress(createLocalStore(storage), 'v.json', text, strings, groups, () => storage);

  it('keeps it in a browser that has none, after checking it', async () => {
    const storage = memoryStorage();
    const outcome = await run(storage, withProfile(school));
    expect(outcome.message).toBe(
      'Je voortgang uit v.json is ingelezen en samengevoegd met wat er al stond. Het organisatieprofiel van Basisschool De Linde uit het bestand is nu ook in deze browser bewaard.',
    );
    expect(storage.getItem(ORGANISATION_KEY)).toBe(school);
    expect(storage.getItem(ORGANISATION_NAME_KEY)).toBe('Basisschool De Linde');
  });

  it('never replaces the profile this browser holds, and says nothing when it is the same', async () => {
    const storage = memoryStorage({
      [ORGANISATION_KEY]: exampleText('kinderopvang'),
      [ORGANISATION_NAME_KEY]: 'Kinderopvang Het Zonnetje',
    });
    expect((await run(storage, withProfile(school))).message).toMatch(
      /Het organisatieprofiel uit het bestand \(Basisschool De Linde\) is niet ingelezen: deze browser heeft al het profiel van Kinderopvang Het Zonnetje\. Dat blijft\./,
    );
    expect(storage.getItem(ORGANISATION_KEY)).toBe(exampleText('kinderopvang'));
    expect((await run(storage, withProfile(exampleText('kinderopvang')))).message).toBe(
      'Je voortgang uit v.json is ingelezen en samengevoegd met wat er al stond.',
    );
  });

  it('leaves out a profile that breaks the rules or is no text, with the reason, and keeps the progress', async () => {
    const storage = memoryStorage();
    const bad = school.replace('organisatie: Basisschool De Linde', 'organisatie: <b>De Linde</b>');
    const refused = await run(storage, withProfile(bad));
    expect(refused.message).toBe(
      'Je voortgang uit v.json is ingelezen en samengevoegd met wat er al stond. Het organisatieprofiel in het bestand is niet ingelezen, omdat het niet klopt: regel 3: organisatie: HTML kan hier niet: schrijf gewone tekst, zonder < > of &…;. Je voortgang is wel ingelezen.',
    );
    expect(refused.state?.progress.lessons).toEqual(['basis/les']);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).lessons).toEqual(['basis/les']);
    expect(storage.getItem(ORGANISATION_KEY)).toBeNull();

    const noText = await run(memoryStorage(), withProfile({ organisatie: 'De Linde' }));
    expect(noText.message).toMatch(
      /Het organisatieprofiel in het bestand is beschadigd en is niet ingelezen\. Je voortgang is wel ingelezen\.$/,
    );
    expect(noText.state?.progress.lessons).toEqual(['basis/les']);
  });

  it('says so when the browser will not keep it, and the progress still comes in', async () => {
    const storage = memoryStorage();
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const outcome = await importProgress(
      createLocalStore(storage),
      'v.json',
      withProfile(school),
      strings,
      groups,
      blocked,
    );
    expect(outcome.message).toMatch(
      /Het organisatieprofiel uit het bestand is niet bewaard: deze browser staat opslaan niet toe\.$/,
    );
    expect(outcome.state?.progress.lessons).toEqual(['basis/les']);
  });
});
