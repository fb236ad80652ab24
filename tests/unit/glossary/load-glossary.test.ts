import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { loadGlossary } from '../../../modules/authoring/load-glossary.ts';

/** A project folder with only `content/begrippen.yaml`. */
function withGlossary(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'begrippen-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/begrippen.yaml'), yaml);
  return root;
}

const entry = (id: string, begrip: string, extra = '') =>
  `  - id: ${id}\n    begrip: ${begrip}\n${extra}    uitleg: Een uitleg van minstens twintig tekens.\n`;

describe('the begrippenlijst', () => {
  it('of the real content loads without problems and explains the meldcode’s words', () => {
    const { glossary, issues } = loadContent(new URL('../../../', import.meta.url).pathname);
    expect(issues.filter((issue) => issue.file === 'content/begrippen.yaml')).toEqual([]);
    const ids = glossary.map((e) => e.id);
    for (const id of ['aandachtsfunctionaris', 'kindcheck', 'meldrecht', 'vertrouwensinspecteur', 'vgv'])
      expect(ids).toContain(id);
  });

  it('names the line of an id used twice, and of a word that two begrippen claim', () => {
    const twice = loadGlossary(withGlossary(`begrippen:\n${entry('a', 'een')}${entry('a', 'twee')}`));
    expect(twice.glossary).toEqual([]);
    expect(twice.issues).toEqual([
      {
        file: 'content/begrippen.yaml',
        line: 5,
        message: 'id "a" staat er twee keer in; geef elk begrip een eigen id',
      },
    ]);
    const claimed = loadGlossary(
      withGlossary(`begrippen:\n${entry('a', 'melding')}${entry('b', 'melden', '    vormen: [Melding]\n')}`),
    );
    expect(claimed.issues.map((issue) => issue.message)).toEqual([
      '"Melding" hoort al bij "a"; een woord kan naar één uitleg linken',
    ]);
  });

  it('says in Dutch what is wrong with a broken field, with its line', () => {
    const { issues } = loadGlossary(withGlossary(`begrippen:\n  - id: Geen Kebab\n    begrip: x\n`));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toEqual({
      file: 'content/begrippen.yaml',
      line: 2,
      message: 'id: moet kebab-case zijn: kleine letters, cijfers en losse streepjes',
    });
    expect(issues.map((issue) => issue.message)).toContain('het veld "uitleg" ontbreekt');
  });
});
