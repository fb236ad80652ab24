import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, MAX_YAML_ISSUES, parseYaml } from '../../../modules/authoring/parse-yaml.ts';
import { readSource } from '../../../modules/authoring/read-source.ts';

const issues = (source: string) => {
  const result = parseYaml(source);
  if (result.ok) throw new Error('expected issues, got a parsed document');
  return result.issues;
};

const TOO_DEEP =
  'te diep genest: meer dan 64 niveaus van inspringing of haakjes ([ en {); een casus heeft er maar een paar nodig, dus controleer of er haakjes openstaan of een blok te ver is ingesprongen';
const TOO_MANY_ALIASES =
  'te veel aliassen (&/*): de verwijzingen zouden de casus enorm opblazen; schrijf de tekst uit in plaats van hem met &anker en *anker te herhalen';
const NOT_A_CASE = 'verwacht een casus met velden zoals id en nodes';

/** `k:` nested `depth` levels deep, each `step` spaces further in. */
const nestedMaps = (depth: number, step = 2) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(i * step)}k:`).join('\n') + ' waarde\n';

const caseSource = `id: daan
title: Daan
nodes:
  - id: signalen
    choices:
      - id: noteren
        next: einde
  - id: einde
    end: true
`;

describe('parseYaml returns the data, the document and lines', () => {
  it('parses a case into plain data', () => {
    const result = parseYaml(caseSource);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      id: 'daan',
      title: 'Daan',
      nodes: [
        { id: 'signalen', choices: [{ id: 'noteren', next: 'einde' }] },
        { id: 'einde', end: true },
      ],
    });
    expect(result.doc.get('id')).toBe('daan');
  });

  it('gives the line of a value by its path', () => {
    const result = parseYaml(caseSource);
    if (!result.ok) throw new Error('expected a parsed document');
    expect(result.lineOf(['title'])).toBe(2);
    expect(result.lineOf(['nodes', 0, 'choices', 0, 'next'])).toBe(7);
    expect(result.lineOf(['nodes', 1, 'end'])).toBe(9);
  });

  it('falls back to the nearest value that exists for a missing path', () => {
    const result = parseYaml(caseSource);
    if (!result.ok) throw new Error('expected a parsed document');
    expect(result.lineOf(['nodes', 1, 'choices', 0, 'label'])).toBe(8);
    expect(result.lineOf(['summary'])).toBe(1);
  });

  it('accepts every real case and beroepsgroep under content/', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const files = globSync('content/{casussen/**,beroepsgroepen}/*.yaml', { cwd: root });
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const result = parseYaml(readFileSync(join(root, file), 'utf8'));
      expect(result.ok ? [] : result.issues, file).toEqual([]);
    }
  });

  it('accepts a few aliases that reuse a text', () => {
    const result = parseYaml(
      'tekst: &uitleg Stap 1.\nnodes:\n  - rationale: *uitleg\n  - rationale: *uitleg\n',
    );
    expect(result.ok && result.data).toEqual({
      tekst: 'Stap 1.',
      nodes: [{ rationale: 'Stap 1.' }, { rationale: 'Stap 1.' }],
    });
  });
});

describe('parseYaml names YAML syntax errors with their line', () => {
  it('gives the first line of the error and advice for a colon in a text', () => {
    expect(issues('id: x\nlabel: Ik zeg: nee\n')).toEqual([
      {
        line: 2,
        message:
          'YAML-syntaxfout: Nested mappings are not allowed in compact mappings — staat er een dubbele punt met een spatie (": ") in een tekst? Zet die tekst dan tussen aanhalingstekens',
      },
    ]);
  });

  it('says to indent with spaces, not tabs', () => {
    expect(issues('id: x\nnodes:\n\t- id: y\n')).toEqual([
      {
        line: 3,
        message:
          'YAML-syntaxfout: Tabs are not allowed as indentation — spring in met spaties, niet met tabs',
      },
    ]);
  });

  it('says to close a quote (yaml notices where the text ends, not where it opens)', () => {
    expect(issues('id: x\ntitle: "Daan\nsummary: y\n')[0]).toEqual({
      line: 4,
      message: 'YAML-syntaxfout: Missing closing "quote — sluit elk aanhalingsteken en elk haakje',
    });
  });

  it('says a case is one document', () => {
    expect(issues('id: x\n---\nid: y\n')).toEqual([
      {
        line: 2,
        message:
          'YAML-syntaxfout: Source contains multiple documents; please use YAML.parseAllDocuments() — een casus is één YAML-document: haal de extra regel met --- weg',
      },
    ]);
  });

  it(`lists at most ${MAX_YAML_ISSUES} problems and counts the rest`, () => {
    const found = issues('id: x\n' + 'label: Ik zeg: nee\n'.repeat(25));
    expect(found).toHaveLength(MAX_YAML_ISSUES + 1);
    expect(found.at(-1)).toEqual({ message: 'en nog 5 problemen; los eerst deze op en controleer opnieuw' });
  });
});

describe('parseYaml refuses a document whose top level is not a mapping', () => {
  it('refuses a list', () => {
    expect(issues('- id: x\n- id: y\n')).toEqual([
      { line: 1, message: `de bovenste laag is een lijst, geen map met velden: ${NOT_A_CASE}` },
    ]);
  });

  it('refuses a single value', () => {
    expect(issues('# een casus\nDaan heeft blauwe plekken\n')).toEqual([
      { line: 2, message: `de bovenste laag is een losse waarde, geen map met velden: ${NOT_A_CASE}` },
    ]);
  });

  it('refuses a file with only comments', () => {
    expect(issues('# nog leeg\n')).toEqual([
      { message: `het bestand bevat alleen commentaar: ${NOT_A_CASE}` },
    ]);
  });

  it('names what else was expected when asked to', () => {
    const result = parseYaml('- onderwijs\n', { expected: 'een beroepsgroep met id, naam en sector' });
    expect(!result.ok && result.issues[0].message).toBe(
      'de bovenste laag is een lijst, geen map met velden: verwacht een beroepsgroep met id, naam en sector',
    );
  });
});

describe('parseYaml finds duplicate keys, with key and line, in linear time', () => {
  it('names the duplicate key and both lines', () => {
    expect(issues('id: daan\ntitle: Daan\nid: daan-2\n')).toEqual([
      {
        line: 3,
        message:
          'het veld "id" staat twee keer in dezelfde map (ook op regel 1): haal er een weg of geef het een andere naam',
      },
    ]);
  });

  it('finds duplicates in nested and flow mappings, in source order', () => {
    expect(issues(caseSource + 'extra:\n  - {a: 1, a: 2}\n').map((i) => i.line)).toEqual([11]);
    expect(
      issues(
        'id: x\nnodes:\n  - id: a\n    choices:\n      - id: c\n        next: a\n        next: b\n    id: b\n',
      ),
    ).toEqual([
      {
        line: 7,
        message:
          'het veld "next" staat twee keer in dezelfde map (ook op regel 6): haal er een weg of geef het een andere naam',
      },
      {
        line: 8,
        message:
          'het veld "id" staat twee keer in dezelfde map (ook op regel 3): haal er een weg of geef het een andere naam',
      },
    ]);
  });

  it('allows the same key in different mappings', () => {
    expect(parseYaml('a:\n  id: 1\nb:\n  id: 1\n').ok).toBe(true);
  });

  it('treats keys that become the same JavaScript key as duplicates', () => {
    expect(issues('1: a\n"1": b\n')[0].line).toBe(2);
  });

  it('refuses a key that is a list, a map or an alias', () => {
    expect(issues('? [a, b]\n: c\n')).toEqual([
      { line: 1, message: 'een veldnaam moet gewone tekst zijn, geen lijst, map of *verwijzing' },
    ]);
  });

  it('returns for a mapping with every one of 4,000 keys twice', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `sleutel${i}: 1\n`).join('');
    const found = issues(keys + keys);
    expect(found).toHaveLength(MAX_YAML_ISSUES + 1);
    expect(found[0]).toEqual({
      line: 4001,
      message:
        'het veld "sleutel0" staat twee keer in dezelfde map (ook op regel 1): haal er een weg of geef het een andere naam',
    });
    expect(found.at(-1)).toEqual({
      message: 'en nog 3980 problemen; los eerst deze op en controleer opnieuw',
    });
  }, 20_000);
});

describe('parseYaml refuses aliases that would blow up or loop', () => {
  it('refuses a billion laughs alias bomb', () => {
    const lines = ['lol0: &lol0 "lol"'];
    for (let level = 1; level <= 10; level++)
      lines.push(
        `lol${level}: &lol${level} [${Array(10)
          .fill(`*lol${level - 1}`)
          .join(', ')}]`,
      );
    expect(issues(lines.join('\n'))).toEqual([{ line: 2, message: TOO_MANY_ALIASES }]);
  }, 20_000);

  it('refuses an alias to an anchor that is not defined before it', () => {
    expect(issues('rationale: *uitleg\ntekst: &uitleg Stap 1.\n')).toEqual([
      {
        line: 1,
        message:
          '*uitleg verwijst naar een anker &uitleg dat er (nog) niet is: zet &uitleg eerder in het bestand, of schrijf de tekst uit',
      },
    ]);
  });

  it('refuses an alias inside the node it refers to, which would be circular', () => {
    expect(issues('nodes: &lus\n  - id: a\n    volgende: *lus\n')).toEqual([
      { line: 3, message: '*lus staat binnen &lus zelf en verwijst dus naar zichzelf: schrijf de tekst uit' },
    ]);
  });
});

describe('parseYaml refuses deep nesting before parsing, never as a syntax error or a RangeError', () => {
  it(`accepts ${MAX_NESTING_DEPTH} levels of indentation and refuses one more, at its line`, () => {
    expect(parseYaml(nestedMaps(MAX_NESTING_DEPTH)).ok).toBe(true);
    expect(issues(nestedMaps(MAX_NESTING_DEPTH + 1))).toEqual([{ line: 65, message: TOO_DEEP }]);
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels of brackets and refuses one more`, () => {
    const brackets = (n: number) => `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`;
    expect(parseYaml(brackets(MAX_NESTING_DEPTH)).ok).toBe(true);
    expect(issues(brackets(MAX_NESTING_DEPTH + 1))).toEqual([{ line: 1, message: TOO_DEEP }]);
  });

  it('counts a list at the same column as its key as a level', () => {
    const lines = ['k0:'];
    for (let i = 1; i < 40; i++) lines.push(`${' '.repeat((i - 1) * 2)}- k${i}:`);
    expect(issues(lines.join('\n') + ' x\n')).toEqual([{ line: 33, message: TOO_DEEP }]);
  });

  it('refuses 100,000 nested brackets', () => {
    expect(issues('['.repeat(100_000) + ']'.repeat(100_000))).toEqual([{ line: 1, message: TOO_DEEP }]);
  });

  it('refuses 25,000 nested flow mappings', () => {
    expect(issues('{a: '.repeat(25_000) + '1' + '}'.repeat(25_000))).toEqual([
      { line: 1, message: TOO_DEEP },
    ]);
  });

  it('refuses 500 levels of one-space indentation', () => {
    expect(issues(nestedMaps(500, 1))).toEqual([{ line: 65, message: TOO_DEEP }]);
  });

  it('refuses 60,000 list dashes on one line', () => {
    expect(issues('- '.repeat(60_000) + 'x\n')).toEqual([{ line: 1, message: TOO_DEEP }]);
  });

  it('does not count brackets, dashes and indentation inside texts', () => {
    const text = '[{'.repeat(200);
    const source =
      `id: x\ntitle: "${text}"\nsummary: '${text}'\nplain: a ${text}\n` +
      `block: |\n${Array.from({ length: 100 }, (_, i) => ' '.repeat(i + 2) + '- [regel').join('\n')}\n` +
      `# ${text}\nlast: 1\n`;
    const result = parseYaml(source);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('parseYaml with readSource refuses hostile files quickly', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parse-yaml-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file of 100,000 unclosed brackets as too deep', () => {
    const path = join(dir, 'haakjes.yaml');
    writeFileSync(path, '['.repeat(100_000));
    const read = readSource(path);
    expect(read.ok && issues(read.text)).toEqual([{ line: 1, message: TOO_DEEP }]);
  });

  it('refuses a 20 MB text with a million keys by its length, even without readSource', () => {
    expect(issues('k: 1\n'.repeat(4_000_000))).toEqual([
      {
        message:
          'de tekst is te lang (20000000 tekens, hoogstens 131072): een casus is zelden groter dan 20 KiB; haal weg wat er per ongeluk in staat, of splits de casus',
      },
    ]);
  });
});
