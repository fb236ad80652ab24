import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNaslag } from '../../../modules/authoring/load-naslag.ts';
import type { Beroepsgroep } from '../../../modules/beroepsgroep/beroepsgroep.schema.ts';
import { afwegingRows, outcomeKind } from '../../../modules/naslag/afweging-outcomes.ts';
import { naslagView } from '../../../modules/naslag/naslag-view.ts';
import { content } from '../content/content-facts.ts';

describe('outcomeKind', () => {
  it('follows the stappenplan machine for every answer', () => {
    const table = ([1, 2, 3, 4, 5] as const).map((n) => [n, outcomeKind(n, 'ja'), outcomeKind(n, 'nee')]);
    expect(table).toEqual([
      [1, 'volgende-afweging', 'afsluiten'],
      [2, 'melden', 'volgende-afweging'],
      [3, 'volgende-afweging', 'melden'],
      [4, 'hulp-bieden-en-volgen', 'melden'],
      [5, 'afsluiten-met-afspraken', 'melden'],
    ]);
  });
});

describe('naslagView', () => {
  const onderwijs = content.naslag.find((n) => n.beroepsgroep === 'onderwijs')!;

  it('names the five steps and afwegingen as the stappenplan does, with the group’s questions', () => {
    const view = naslagView(onderwijs, 'onderwijs');
    expect(view.steps.map((s) => s.name)).toEqual([
      'Stap 1: signalen in kaart brengen',
      'Stap 2: overleggen met een collega en eventueel Veilig Thuis of een letseldeskundige',
      'Stap 3: gesprek met de betrokkene(n)',
      'Stap 4: wegen van het geweld of de mishandeling',
      'Stap 5: beslissen over melden en hulp',
    ]);
    expect(view.afwegingen.map((a) => a.vraag)).toEqual(onderwijs.afwegingen.map((a) => a.vraag));
    expect(afwegingRows(onderwijs.afwegingen)[0]!.nee.text).toBe('afsluiten en vastleggen in het dossier');
  });

  it('adds the vertrouwensinspecteurs only where the route for a colleague applies', () => {
    const names = (sector: Beroepsgroep['sector']) =>
      naslagView(onderwijs, sector).contacts.map((c) => c.name);
    expect(names('onderwijs')).toContain('Meldpunt vertrouwensinspecteurs');
    expect(names('kinderopvang')).toContain('Meldpunt vertrouwensinspecteurs');
    expect(names('gezondheidszorg')).not.toContain('Meldpunt vertrouwensinspecteurs');
  });
});

describe('loadNaslag', () => {
  const group = (id: string, sector: Beroepsgroep['sector']) => ({ id, name: id, sector }) as Beroepsgroep;
  /** The basis module's naslag under another id: valid wherever the route for a colleague does not apply. */
  const valid = (id: string) => ({
    ...content.naslag.find((n) => n.beroepsgroep === 'basis')!,
    beroepsgroep: id,
  });

  function project(files: Record<string, unknown>): string {
    const root = mkdtempSync(join(tmpdir(), 'naslag-'));
    mkdirSync(join(root, 'content/naslag'), { recursive: true });
    for (const [name, data] of Object.entries(files))
      writeFileSync(
        join(root, 'content/naslag', name),
        typeof data === 'string' ? data : JSON.stringify(data),
      );
    return root;
  }

  it('reads each group’s file, in the groups’ order', () => {
    const root = project({ 'b.yaml': valid('b'), 'a.yaml': valid('a') });
    const { naslag, issues } = loadNaslag(root, [group('b', 'jeugdhulp'), group('a', 'justitie')]);
    expect(issues).toEqual([]);
    expect(naslag.map((n) => n.beroepsgroep)).toEqual(['b', 'a']);
  });

  it('names a missing file, a file for no group and a broken field, in Dutch', () => {
    const root = project({ 'x.yaml': valid('x'), 'a.yaml': { ...valid('a'), afwegingen: [] } });
    const { issues } = loadNaslag(root, [group('a', 'justitie'), group('b', 'justitie')]);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'content/naslag/a.yaml: afwegingen: geef er precies 5',
      'content/naslag/x.yaml: "x" is geen beroepsgroep uit content/beroepsgroepen/; hernoem het bestand',
      'content/naslag/b.yaml: de naslag van b ontbreekt; maak dit bestand (zie modules/naslag/naslag.schema.ts)',
    ]);
  });

  it('asks for the route for a colleague exactly where it applies', () => {
    const withRoute = { ...valid('a'), routes: { eergerelateerd: 'x', collega: ['een', 'twee'] } };
    const root = project({ 'a.yaml': withRoute, 'b.yaml': valid('b') });
    const { issues } = loadNaslag(root, [group('a', 'justitie'), group('b', 'kinderopvang')]);
    expect(issues.map((i) => i.message)).toEqual([
      'routes.collega hoort hier niet: de wettelijke route bij een vermoeden tegen een collega geldt niet in de sector justitie',
      'routes.collega ontbreekt: in de sector kinderopvang geldt de wettelijke route bij een vermoeden tegen een collega',
    ]);
  });
});
