import { describe, expect, it } from 'vitest';
import type { OrganisationProfile } from '../../../modules/organisation/organisation-profile.schema.ts';
import { nl } from '../../../modules/strings/nl.ts';
import { checklistEvents } from '../../../modules/wijzer/stappen-checklist.ts';
import { sendAllInWijzer, startWijzer, type WijzerSetup } from '../../../modules/wijzer/wijzer-run.ts';
import { formatDate, summarizeWijzer, summaryText } from '../../../modules/wijzer/wijzer-summary.ts';
import { exampleProfile as example } from '../organisation/profile-fixtures.ts';

const setup: WijzerSetup = { beroepsgroep: 'ggz', sector: 'gezondheidszorg', client: 'volwassene' };
const questions = ['Vraag een?', 'Vraag twee?', 'Vraag drie?', 'Vraag vier?', 'Vraag vijf?'];
const date = new Date('2026-03-14T09:42:00Z');
const input = { groupName: 'GGZ en psychologen', questions, date, timeZone: 'Europe/Amsterdam' };

const steps = checklistEvents({
  signalen: true,
  kindcheck: 'zorgen',
  overleg: ['collega', 'veilig-thuis'],
  gesprek: 'gevaar-professional',
});

describe('the summary of a wijzer run', () => {
  it('is dated, in Dutch', () => {
    expect(formatDate(date, 'Europe/Amsterdam')).toBe('14 maart 2026 om 10:42');
  });

  it('lists the steps, each afweging in the group’s words with its outcome, and where it stands', () => {
    const { run } = sendAllInWijzer(startWijzer(setup), [
      ...steps,
      { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' },
      { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'ja' },
      { type: 'melding.doen', hulpGaatDoor: true },
    ]);
    expect(summaryText(summarizeWijzer(run, { ...input, note: '  Overleg met VT op dinsdag. ' }))).toBe(
      [
        'Samenvatting meldcode',
        'Gemaakt op 14 maart 2026 om 10:42',
        '',
        'Beroepsgroep: GGZ en psychologen',
        'Zorgen over: een volwassene',
        '',
        'Stap 1 tot en met 3',
        '- Stap 1: signalen vastgelegd.',
        '- Kindcheck: zorgen over de kinderen.',
        '- Stap 2: overlegd met een collega en Veilig Thuis (advies).',
        '- Stap 3: gesprek overgeslagen, omdat ik voor mijn eigen veiligheid of die van collega’s vrees.',
        '',
        'Afwegingen',
        '- Afweging 1: Vraag een? Antwoord: ja. Uitkomst: door naar afweging 2.',
        '- Afweging 2: Vraag twee? Antwoord: ja. Uitkomst: melden bij Veilig Thuis.',
        '',
        'Stand',
        '- Gemeld bij Veilig Thuis. De eigen hulp gaat door.',
        '- Afgerond: gemeld bij Veilig Thuis.',
        '- Notitie: Overleg met VT op dinsdag.',
        '',
        'Gemaakt met de stappenplan-wijzer van Werken met de meldcode. Deze wijzer ondersteunt je, maar vervangt niet het overleg met je aandachtsfunctionaris of het advies van Veilig Thuis (0800-2000).',
        '',
      ].join('\n'),
    );
  });

  it('says what is next while steps 1–3 are open', () => {
    const lines = summarizeWijzer(startWijzer({ ...setup, client: 'kind' }), input).sections.flatMap(
      (s) => s.lines,
    );
    expect(lines).toContain('Stap 1: signalen nog niet vastgelegd.');
    expect(lines).toContain('Nog geen afweging beantwoord.');
    expect(lines).toContain('Volgende stap: stap 1 tot en met 3 afmaken, dan afweging 1');
    expect(lines.some((line) => line.startsWith('Kindcheck'))).toBe(false);
  });

  it('records acting in acute danger with its reason', () => {
    const { run } = sendAllInWijzer(startWijzer(setup), [{ type: 'acuut.handelen', reden: 'verwurging' }]);
    const lines = summarizeWijzer(run, input).sections.flatMap((s) => s.lines);
    expect(lines).toContain('Acuut gevaar: een poging tot verwurging. Direct gehandeld.');
    expect(lines).toContain('Afgerond: gemeld bij Veilig Thuis.');
  });

  it('says help was followed before afweging 5', () => {
    const { run } = sendAllInWijzer(startWijzer({ ...setup, client: 'kind' }), [
      ...checklistEvents({ signalen: true, kindcheck: 'open', overleg: ['collega'], gesprek: 'gevoerd' }),
      ...([1, 2, 3, 4] as const).map((afweging) => ({
        type: 'afweging.beantwoorden' as const,
        afweging,
        antwoord: afweging === 2 ? ('nee' as const) : ('ja' as const),
      })),
      { type: 'hulp.volgen' },
    ]);
    const lines = summarizeWijzer(run, input).sections.flatMap((s) => s.lines);
    expect(lines).toContain('De hulp is gestart en de effecten zijn gevolgd.');
    expect(lines).toContain('Volgende stap: Afweging 5: leidt de hulp tot veiligheid?');
  });
});

describe('the summary with the organisation’s own meldcode', () => {
  const school = example('basisschool');
  const onderwijs: WijzerSetup = { beroepsgroep: 'onderwijs', sector: 'onderwijs', client: 'kind' };
  const contact = (
    run: ReturnType<typeof startWijzer>,
    organisation: OrganisationProfile | undefined = school,
  ) =>
    summarizeWijzer(run, { ...input, organisation }).sections.find((s) =>
      s.heading?.startsWith('Contact bij'),
    );

  it('names the aandachtsfunctionaris and how the open step goes there, before the closing words', () => {
    const { run } = sendAllInWijzer(startWijzer(onderwijs), [
      ...checklistEvents({ signalen: true, kindcheck: 'open', overleg: [], gesprek: 'open' }),
    ]);
    const summary = summarizeWijzer(run, { ...input, organisation: school });
    expect(summary.sections.at(-2)).toEqual({
      heading: 'Contact bij Basisschool De Linde',
      lines: [
        'Aandachtsfunctionaris: Fatma Yilmaz (intern begeleider en aandachtsfunctionaris): 012 345 67 89, f.yilmaz@delinde.example, maandag tot en met donderdag.',
        'Zo gaat stap 2 bij ons: De leerkracht overlegt met Fatma. Zij vraagt zo nodig advies aan Veilig Thuis.',
      ],
    });
    expect(summaryText(summary)).toContain(
      '\nContact bij Basisschool De Linde\n- Aandachtsfunctionaris: Fatma Yilmaz',
    );
  });

  it('follows the situation: the weighing is step 4, deciding and reporting step 5, and nothing once it is done', () => {
    const stappen = checklistEvents({
      signalen: true,
      kindcheck: 'open',
      overleg: ['collega'],
      gesprek: 'gevoerd',
    });
    const at = (...events: Parameters<typeof sendAllInWijzer>[1]) =>
      contact(sendAllInWijzer(startWijzer(onderwijs), [...stappen, ...events]).run)!.lines.at(-1);
    expect(at()).toBe('Zo gaat stap 4 bij ons: Fatma en de leerkracht lopen samen de afwegingen door.');
    expect(
      at(
        { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' },
        { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'ja' },
      ),
    ).toBe(
      'Zo gaat stap 5 bij ons: Fatma doet de melding bij Veilig Thuis, of regelt de hulp met het jeugdteam.',
    );
    expect(
      at(
        { type: 'afweging.beantwoorden', afweging: 1, antwoord: 'ja' },
        { type: 'afweging.beantwoorden', afweging: 2, antwoord: 'ja' },
        { type: 'melding.doen', hulpGaatDoor: false },
      ),
    ).toMatch(/^Aandachtsfunctionaris: /);
  });

  it('names every aandachtsfunctionaris, and no step where the profile has no line for it', () => {
    const opvang = example('kinderopvang');
    const { run } = sendAllInWijzer(
      startWijzer({ beroepsgroep: 'kinderopvang', sector: 'kinderopvang', client: 'kind' }),
      checklistEvents({ signalen: true, kindcheck: 'open', overleg: ['collega'], gesprek: 'gevoerd' }),
    );
    expect(contact(run, opvang)!.lines).toEqual([
      'Aandachtsfunctionaris: Sanne de Wit (pedagogisch coach): 012 345 11 22, aandachtsfunctionaris@hetzonnetje.example.',
      'Aandachtsfunctionaris: Ruben Koster (locatiemanager): 012 345 11 33.',
    ]);
  });

  it('has no contact section without a profile', () => {
    expect(summarizeWijzer(startWijzer(onderwijs), input).sections.map((s) => s.heading)).toEqual([
      null,
      'Stap 1 tot en met 3',
      'Afwegingen',
      'Stand',
      null,
    ]);
  });
});

describe('the reasons to skip the conversation', () => {
  it('read as Dutch after "omdat": the verb at the end, no bare noun', () => {
    for (const reason of Object.values(nl.wijzer.gesprekReden)) {
      const clause = `omdat ${reason}`;
      expect(clause, clause).toMatch(/^omdat (het|ik|er) /);
      expect(clause, clause).toMatch(/(brengt|vrees|kreeg|is)( \(.*\))?$/);
    }
  });
});
