import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../modules/case/case-issue.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';

// One content tree with a case per situation; its archive was made with npm run archive:content and
// then changed as each case's name says (see the fixture's archive files and case files).
const root = new URL('./fixtures/archief/', import.meta.url).pathname;
const lint = (id: string) =>
  loadContent(root, [`content/casussen/onderwijs/${id}.yaml`]).issues.map(formatIssue);

describe('the archive checks of lint:content and the build', () => {
  it('accept a case whose current version is archived unchanged', () => {
    expect(lint('geldig')).toEqual([]);
  });

  it('refuse a changed case whose version stayed the same, and say to raise it', () => {
    expect(lint('tekst-veranderd')).toEqual([
      'content/casussen/onderwijs/tekst-veranderd.yaml: de inhoud van tekst-veranderd versie 1 is veranderd, maar version is nog 1: verhoog version naar 2 en voer npm run archive:content uit',
    ]);
  });

  it('refuse a changed pass mark under the same version, because it changes who passes', () => {
    expect(lint('slaaggrens')).toEqual([
      'content/casussen/onderwijs/slaaggrens.yaml: het slaagpercentage van slaaggrens versie 1 is veranderd (van 60 naar 70), maar version is nog 1: verhoog version naar 2 en voer npm run archive:content uit',
    ]);
  });

  it('ask to archive a new case and a new version', () => {
    expect(lint('nieuw')).toEqual([
      'content/casussen/onderwijs/nieuw.yaml: nieuw versie 1 staat nog niet in het archief (content/archief/nieuw.json): voer npm run archive:content uit',
    ]);
    expect(lint('nieuwe-versie')).toEqual([
      'content/casussen/onderwijs/nieuwe-versie.yaml: nieuwe-versie versie 2 staat nog niet in het archief (content/archief/nieuwe-versie.json): voer npm run archive:content uit',
    ]);
  });

  it('refuse a version lower than an archived one', () => {
    expect(lint('lager')).toEqual([
      'content/casussen/onderwijs/lager.yaml: version 1 van lager is lager dan versie 2 in het archief; een version gaat alleen omhoog: zet version op 3 en voer npm run archive:content uit',
    ]);
  });

  it('refuse an archived version edited by hand, naming the archive file', () => {
    expect(lint('hand-bewerkt')).toEqual([
      'content/archief/hand-bewerkt.json: versie 1 is na het archiveren veranderd (de hash klopt niet meer): zet het terug met git checkout -- content/archief/hand-bewerkt.json; een archief wordt alleen door npm run archive:content geschreven',
    ]);
  });

  it('refuse an archived version that the case schema no longer reads', () => {
    // The archived version lacks a field the schema requires: as if a required field had been added later.
    expect(lint('oud-schema')[0]).toBe(
      'content/archief/oud-schema.json: versie 1 kan niet meer worden ingelezen (minutes: Invalid input: expected number, received undefined): maak een nieuw veld in het casusschema optioneel of geef het een default, zodat elke gearchiveerde versie geldig blijft',
    );
  });

  it('run on the whole tree too, and keep a case with an archive problem out of the checked cases', () => {
    const content = loadContent(root);
    expect(content.issues).toHaveLength(8);
    expect(content.cases.map((loaded) => loaded.compiled.def.id)).toEqual(['geldig']);
  });
});
