import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPersonNames } from '../../../modules/authoring/check-person-names.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { loadPersonen, PERSONEN_FILE } from '../../../modules/authoring/load-personen.ts';
import { textsOf } from '../../../modules/search/texts-of.ts';

/** A project folder with only `content/personen.yaml`. */
function withPersonen(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'personen-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, PERSONEN_FILE), yaml);
  return root;
}

const daan = { id: 'daan', text: 'Daan (7) heeft blauwe plekken. Zijn moeder Sanne komt hem halen.' };
const sara = { id: 'sara', text: 'Sanne (15) laat je berichten zien van de gymdocent, Ruben.' };

describe('the names in the cases', () => {
  it('of the real content: every case lists its people, and no first name has two roles', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const { cases, issues } = loadContent(root);
    expect(issues.filter((issue) => issue.file === PERSONEN_FILE)).toEqual([]);
    const { personen } = loadPersonen(root);
    expect([...personen.keys()].sort()).toEqual(cases.map((c) => c.compiled.def.id).sort());
    expect(personen.get('daan-blauwe-plekken')).toContainEqual({ naam: 'Daan', rol: 'kind' });
  });

  it('refuses a first name that is a child in one case and an adult in another, naming both and the line', () => {
    const loaded = loadPersonen(
      withPersonen(
        'daan:\n  - { naam: Daan, rol: kind }\n  - { naam: Sanne, rol: volwassene }\n' +
          'sara:\n  - { naam: Sanne, rol: kind }\n  - { naam: Ruben, rol: pleger }\n',
      ),
    );
    expect(loaded.issues).toEqual([]);
    expect(checkPersonNames(loaded, [daan, sara])).toEqual([
      {
        file: PERSONEN_FILE,
        line: 5,
        message:
          'de naam "Sanne" is in sara een kind, maar in daan een volwassene; geef een van hen een andere naam: een voornaam hoort in alle casussen bij één rol',
      },
    ]);
  });

  it('accepts a first name used again in the same role', () => {
    const loaded = loadPersonen(
      withPersonen(
        'daan:\n  - { naam: Sanne, rol: volwassene }\nsara:\n  - { naam: Sanne, rol: volwassene }\n',
      ),
    );
    expect(checkPersonNames(loaded, [daan, sara])).toEqual([]);
  });

  it('refuses a name that the case does not mention, a case left out, and a case that does not exist', () => {
    const loaded = loadPersonen(
      withPersonen('daan:\n  - { naam: Bram, rol: kind }\nsaar:\n  - { naam: Sanne, rol: kind }\n'),
    );
    expect(checkPersonNames(loaded, [daan, sara]).map((issue) => issue.message)).toEqual([
      '"Bram" komt niet voor in de casus daan; controleer de spelling of haal de naam weg',
      'er is geen casus "saar" in content/casussen/; bedoel je "sara"?',
      'de casus "sara" staat er niet in: zet eronder wie in de casus een naam heeft, met naam en rol (kind, volwassene, pleger of professional)',
    ]);
  });

  it('says in Dutch what is wrong with a role, with its line', () => {
    const { issues } = loadPersonen(withPersonen('daan:\n  - { naam: Daan, rol: slachtoffer }\n'));
    expect(issues).toEqual([
      {
        file: PERSONEN_FILE,
        line: 2,
        message: expect.stringMatching(
          /^rol: "slachtoffer" is niet toegestaan \(toegestaan: kind, volwassene, pleger, professional\). pleger: /,
        ),
      },
    ]);
  });

  it('reads every text of a case, also dialogue and feedback (search/texts-of.ts)', () => {
    const texts = textsOf({ title: 'X', nodes: [{ dialogue: [{ speaker: 'Moeder', text: 'Tim sloeg.' }] }] });
    expect(texts).toEqual(['X', 'Moeder', 'Tim sloeg.']);
  });
});
