import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadOrganisationProfile,
  profileFromEnvironment,
} from '../../../modules/authoring/load-organisation-profile.ts';
import { parseOrganisationProfile } from '../../../modules/authoring/parse-organisation-profile.ts';
import { exampleText as example, profileGroups as groups } from './profile-fixtures.ts';

const root = new URL('../../../', import.meta.url);
const issues = (source: string) => {
  const result = parseOrganisationProfile(source, groups);
  return result.ok ? [] : result.issues.map((i) => (i.line ? `${i.line}: ${i.message}` : i.message));
};
/** The basisschool example with one line replaced. */
const school = (from: string, to: string) => {
  const source = example('basisschool');
  if (!source.includes(from)) throw new Error(`the example no longer holds ${from}`);
  return source.replace(from, to);
};

describe('an organisatieprofiel', () => {
  it.each(['basisschool', 'kinderopvang', 'huisartsenpraktijk'])('the example %s is valid', (name) => {
    const result = parseOrganisationProfile(example(name), groups);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('reads what the naslag shows: the organisation, its people and how to reach them', () => {
    const result = parseOrganisationProfile(example('basisschool'), groups);
    if (!result.ok) throw new Error('invalid');
    expect(result.profile.organisatie).toBe('Basisschool De Linde');
    expect(result.profile.aandachtsfunctionarissen[0]).toMatchObject({
      naam: 'Fatma Yilmaz',
      telefoon: '012 345 67 89',
    });
  });

  it('refuses a profile that is too large, before reading it', () => {
    expect(issues(`organisatie: x\n# ${'x'.repeat(20_000)}`)).toEqual([
      expect.stringMatching(/^het profiel is te groot: 20\.01\d tekens, hoogstens 20\.000/),
    ]);
  });

  it('refuses malformed YAML with its line', () => {
    expect(issues('organisatie: De Linde\nbfout: [\n')[0]).toMatch(/^\d+: /);
  });

  it('names an unknown field, and suggests the field meant', () => {
    expect(issues(school('organisatie: Basisschool De Linde', 'organistie: Basisschool De Linde'))).toEqual([
      '3: het veld "organisatie" ontbreekt',
      '3: onbekend veld "organistie"; bedoel je "organisatie"?',
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'een link moet met https:// beginnen'],
    ['http://www.delinde.example/meldcode.pdf', 'een link moet met https:// beginnen'],
    ['data:text/html,<b>x</b>', 'een link moet met https:// beginnen'],
  ])('refuses a link that is not https: %s', (link, message) => {
    expect(issues(school('https://www.delinde.example/meldcode.pdf', link))).toEqual([
      `6: meldcode.link: ${message}`,
    ]);
  });

  it('refuses HTML in a text, and a phone number or e-mail address that is not one', () => {
    expect(issues(school('Fatma Yilmaz', '<a href="https://x.example">Fatma</a>'))).toEqual([
      '9: aandachtsfunctionarissen.0.naam: HTML kan hier niet: schrijf gewone tekst, zonder < > of &…;',
    ]);
    expect(issues(school('012 345 67 89', 'bel even'))).toEqual([
      '11: aandachtsfunctionarissen.0.telefoon: een telefoonnummer: alleen cijfers, spaties, ( ) - en een + vooraan',
    ]);
    expect(issues(school('f.yilmaz@delinde.example', 'fatma at delinde'))).toEqual([
      '12: aandachtsfunctionarissen.0.email: moet een e-mailadres zijn, zoals naam@organisatie.nl',
    ]);
  });

  it('asks for a way to reach the aandachtsfunctionaris', () => {
    const source = school('    telefoon: 012 345 67 89\n    email: f.yilmaz@delinde.example\n', '');
    expect(issues(source)).toEqual([
      '9: aandachtsfunctionarissen.0: geef minstens één manier om iemand te bereiken: telefoon, email of web',
    ]);
  });

  it('refuses a beroepsgroep that does not exist, with a suggestion', () => {
    expect(issues(school('beroepsgroepen: [onderwijs]', 'beroepsgroepen: [ondewijs]'))).toEqual(
      expect.arrayContaining(['4: "ondewijs" is geen beroepsgroep van deze cursus; bedoel je "onderwijs"?']),
    );
  });

  it('cannot change the route for a suspected colleague: the houder in kinderopvang, the bevoegd gezag in onderwijs', () => {
    const opvang = example('kinderopvang');
    expect(
      issues(opvang.replace('De houder, Het Zonnetje BV, directeur Anton Bakker', 'De locatiemanager')),
    ).toEqual([
      expect.stringMatching(
        /^\d+: in de kinderopvang meld je een vermoeden tegen een collega altijd bij de houder/,
      ),
    ]);
    expect(
      issues(school('Het bevoegd gezag, Stichting Lindeschool (het schoolbestuur)', 'De directeur')),
    ).toEqual([expect.stringMatching(/^\d+: in het onderwijs meld je .* direct bij het bevoegd gezag/)]);
    const withoutRoute = opvang.slice(0, opvang.indexOf('collega:'));
    expect(issues(withoutRoute)).toEqual([expect.stringContaining('collega ontbreekt')]);
    const practice =
      example('huisartsenpraktijk') + 'collega:\n  naam: De praktijkhouder\n  telefoon: 012 345 22 33\n';
    expect(issues(practice)).toEqual([expect.stringContaining('collega hoort hier niet')]);
  });

  it('cannot skip a step, forbid a report or make it wait for consent', () => {
    expect(
      issues(school('stap-2: De leerkracht overlegt met Fatma.', 'stap-2: Overleg is niet nodig.')),
    ).toEqual([expect.stringMatching(/^\d+: stap-2: een stap overslaan kan niet/)]);
    expect(
      issues(
        school(
          'De directeur hoort binnen een dag van elke melding bij Veilig Thuis.',
          'We doen geen melding zonder de directeur.',
        ),
      ),
    ).toEqual([expect.stringMatching(/^\d+: deze afspraak verbiedt een melding/)]);
    expect(
      issues(
        school(
          'De directeur hoort binnen een dag van elke melding bij Veilig Thuis.',
          'Je meldt pas na toestemming van de directeur.',
        ),
      ),
    ).toEqual([expect.stringMatching(/^\d+: voor een melding bij Veilig Thuis is geen toestemming nodig/)]);
    // Asking for consent where that can be done is good practice, not a conflict.
    expect(
      issues(
        school(
          'De directeur hoort binnen een dag van elke melding bij Veilig Thuis.',
          'Voor een melding vragen we de ouders om toestemming, als dat veilig kan.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a profile given to the build (MELDCODE_ORGANISATIE)', () => {
  it('is read from its file', () => {
    const file = new URL('content/organisaties/voorbeelden/huisartsenpraktijk.yaml', root).pathname;
    expect(loadOrganisationProfile(file, groups).organisatie).toBe('Huisartsenpraktijk De Brug');
  });

  it('is the file MELDCODE_ORGANISATIE names, from where the build runs (as npm test gives it); none without it', () => {
    const relative = 'content/organisaties/voorbeelden/basisschool.yaml';
    expect(profileFromEnvironment({ MELDCODE_ORGANISATIE: relative }, groups)?.organisatie).toBe(
      'Basisschool De Linde',
    );
    expect(profileFromEnvironment({}, groups)).toBeUndefined();
    expect(profileFromEnvironment({ MELDCODE_ORGANISATIE: ' ' }, groups)).toBeUndefined();
    expect(() => profileFromEnvironment({ MELDCODE_ORGANISATIE: 'weg.yaml' }, groups)).toThrow(
      /^MELDCODE_ORGANISATIE: weg\.yaml: /,
    );
  });

  it('stops the build with every problem, each with its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiel-'));
    const file = join(dir, 'profiel.yaml');
    writeFileSync(file, example('huisartsenpraktijk').replace('praktijk@debrug.example', 'geen adres'));
    expect(() => loadOrganisationProfile(file, groups)).toThrow(
      `MELDCODE_ORGANISATIE: het organisatieprofiel klopt niet:\n${file}:11: aandachtsfunctionarissen.0.email: moet een e-mailadres zijn, zoals naam@organisatie.nl`,
    );
    expect(() => loadOrganisationProfile(join(dir, 'weg.yaml'), groups)).toThrow(
      /^MELDCODE_ORGANISATIE: .*weg\.yaml: /,
    );
  });
});
