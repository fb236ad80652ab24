import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { verify } from '../../../modules/cli/verify.ts';
import { runInProcess } from './run-in-process.ts';

// In this process; scripts.test.ts starts the script once as npm does.
const root = new URL('../../../', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures/certificates');
// npm runs scripts in the project root and says in INIT_CWD where the user typed the command.
const run = (args: string[], typedIn = root) =>
  runInProcess((io) => verify(args, io), { cwd: root, initCwd: typedIn });
const noStack = /\n\s+at /;

describe('npm run verify', () => {
  it('prints one line per file of a folder and exits 1 when one is not valid', async () => {
    const result = await run(['tests/fixtures/certificates']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    // Every .pdf and .json, also in eerdere-editie/ (two of an earlier edition) and versie-1/ (two from
    // before time was measured); geen-bewijs.txt is not picked from a folder.
    expect(lines).toHaveLength(26);
    // What was checked, the edition (12 hex digits of the content version) and the verification code.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^KLOPT {7}tests\/fixtures\/certificates\/geldig\.pdf {2}Noë van Dijk, Onderwijs versie [0-9a-f]{12}, code [0-9A-Z]{5}-[0-9A-Z]{5}, 72 van 72 punten \(100%\): de keuzes halen de norm en het bestand is niet veranderd$/,
      ),
    );
    expect(lines).toContain('KLOPT NIET  tests/fixtures/certificates/leeg.json  Het bestand is leeg.');
    expect(lines).toContain(
      'KLOPT       tests/fixtures/certificates/eerdere-editie/geldig.json  Noë van Dijk, Onderwijs versie ac3cee48bb26, code 7E30Z-Z0SSR, 46 van 46 punten (100%): de keuzes halen de norm en het bestand is niet veranderd',
    );
    expect(lines).toContain(
      'KLOPT       tests/fixtures/certificates/versie-1/geldig.pdf  Noë van Dijk, Onderwijs versie 4e527785ef7d, code 9QG79-PNW24, 46 van 46 punten (100%): de keuzes halen de norm en het bestand is niet veranderd',
    );
    expect(lines).toContain(
      'KLOPT NIET  tests/fixtures/certificates/datum-in-de-toekomst.json  Dit bewijs heeft als datum 2 december 2099. Die datum ligt in de toekomst, dus het bewijs kan niet kloppen. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.',
    );
    expect(lines).toContain(
      'KLOPT NIET  tests/fixtures/certificates/andere-naam-op-pdf.pdf  Op de PDF staat de naam “Iemand Anders”, maar in het bijgevoegde bewijs staat “Noë van Dijk”. De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
    );
    // Once, at the end: what "klopt" does not prove and when to use the LMS package; then the counts.
    expect(result.stderr.trim().split('\n').slice(-2)).toEqual([
      '"Klopt" betekent: de keuzes halen de norm en het bestand is niet veranderd. Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt. Moet je zeker weten wie de cursus heeft gedaan? Zet hem dan in jullie eigen leeromgeving (LMS), met het SCORM- of cmi5-pakket.',
      'Klopt: 6. Klopt niet: 20.',
    ]);
    expect(result.stderr + result.stdout).not.toMatch(noStack);
  });

  it('exits 0 when every file is valid, for paths typed in a subfolder and absolute paths', async () => {
    const result = await run(['geldig.pdf', join(fixtures, 'geldig.json')], fixtures);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('KLOPT       geldig.pdf  Noë van Dijk');
    expect(result.stdout).toContain('KLOPT       geldig.json  Noë van Dijk');
  });

  it('shows a file outside the folder the command was typed in by its absolute path', async () => {
    const result = await run([join(fixtures, 'geldig.json')], join(root, 'modules'));
    expect(result.stdout).toContain(`KLOPT       ${join(fixtures, 'geldig.json')}  Noë van Dijk`);
  });

  it('writes the register with --csv, relative to the folder the command was typed in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const result = await run(
      [
        '--csv',
        'register.csv',
        join(fixtures, 'geldig.json'),
        join(fixtures, 'versie-1/geldig.json'),
        join(fixtures, 'leeg.json'),
      ],
      dir,
    );
    expect(result.status).toBe(1);
    const csv = readFileSync(join(dir, 'register.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFNaam;Organisatie;')).toBe(true);
    const outcome =
      'Klopt: de keuzes halen de norm en het bestand is niet veranderd.;;Dit zegt niet wie het bestand heeft gemaakt, en ook niet dat het uit het volgen van de cursus komt.';
    // The edition, the measured time and both kinds of tries, what was checked and what not, the code.
    expect(csv).toMatch(
      new RegExp(
        `\r\nNoë van Dijk;OBS De Regenboog;SKJ 110012345;onderwijs;Onderwijs;versie [0-9a-f]{12};\\d\\d-12-2026;\\d+;\\d+;\\d+;\\d+;72;72;100;${outcome.replace(/[.()]/g, '\\$&')};[0-9A-Z]{5}-[0-9A-Z]{5};`,
      ),
    );
    // Issued before time was measured: its time not measured (never 0), no tries, no flag.
    expect(csv).toContain(
      `Noë van Dijk;OBS De Regenboog;SKJ 110012345;onderwijs;Onderwijs;versie 4e527785ef7d;06-12-2026;niet gemeten;72;;;46;46;100;${outcome};9QG79-PNW24;`,
    );
    expect(csv).toContain(';Klopt niet;Het bestand is leeg.;;;;');
  });

  it('goes through a folder of many files one by one, a line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const json = readFileSync(join(fixtures, 'geldig.json'));
    for (let i = 0; i < 500; i++) writeFileSync(join(dir, `bewijs-${String(i).padStart(3, '0')}.json`), json);
    const result = await run([dir]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(500);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Klopt: 500. Klopt niet: 0.');
  });

  it('prints what a file name or a record holds without control, invisible or direction characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    // A name that would print a fake valid line, one that clears the screen, one that reads backwards.
    const fake = 'nep.json\nKLOPT       echt.json  Iemand Anders, Onderwijs, 46 van 46 punten (100%)\n.json';
    const clear = '\u001b[2J\u001b[H.json';
    const backwards = 'bewijs-\u202Enosj.json';
    for (const name of [fake, clear, backwards]) writeFileSync(join(dir, name), '{}');
    // A key of the record's own, named in the reason.
    const record = JSON.parse(readFileSync(join(fixtures, 'geldig.json'), 'utf8')) as object;
    writeFileSync(join(dir, 'sleutel.json'), JSON.stringify({ ...record, '\u001b[31m\u2028x': 1 }));
    const result = await run([dir]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^KLOPT NIET  /);
    expect(result.stdout + result.stderr).not.toMatch(
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/,
    );
    expect(lines).toContainEqual(
      expect.stringContaining(
        'nep.json\\nKLOPT       echt.json  Iemand Anders, Onderwijs, 46 van 46 punten (100%)\\n.json',
      ),
    );
    expect(lines).toContainEqual(expect.stringContaining('\\u001b[2J\\u001b[H.json'));
    expect(lines).toContainEqual(expect.stringContaining('bewijs-\\u202enosj.json'));
    expect(lines).toContainEqual(expect.stringContaining('\\u001b[31m\\u2028x'));
  });

  it('prints each line and writes each register row as it goes, then the register with every flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const register = join(dir, 'register.csv');
    const files = ['geldig.json', 'leeg.json', 'geldig.pdf'].map((f) => join(fixtures, f));
    // Each time a line is printed: how many rows the register on disk has.
    const rowsWhenPrinted: number[] = [];
    const io = {
      cwd: root,
      initCwd: dir,
      stdin: Readable.from([]),
      stdout: {
        write: () => rowsWhenPrinted.push(readFileSync(register, 'utf8').trimEnd().split('\r\n').length - 1),
      },
      stderr: { write: () => true },
    };
    expect(await verify(['--csv', 'register.csv', ...files], io)).toBe(1);
    expect(rowsWhenPrinted).toEqual([1, 2, 3]);
    // At the end the flags that compare rows: the PDF and the JSON are the same certificate.
    const rows = readFileSync(register, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain('Dubbel: dit bewijs staat meer dan eens in de lijst.');
    expect(rows[3]).toContain('Dubbel: dit bewijs staat meer dan eens in de lijst.');
    expect(readdirSync(dir)).toEqual(['register.csv']);
  });

  it('says before checking anything that the register cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const result = await run(['--csv', 'geen-map/register.csv', join(fixtures, 'geldig.json')], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('het register kan niet worden geschreven naar geen-map/register.csv');
    expect(result.stderr).not.toMatch(noStack);
  });

  it('refuses a file of 1 MB or more without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const file = join(dir, 'groot.pdf');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024); // sparse: no 20 MB written to disk
    closeSync(fd);
    const result = await run([file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'Het bestand is 20 MB groot; een bewijs van deelname is veel kleiner (bestanden vanaf 1 MB worden niet gelezen).',
    );
  });

  it('says in Dutch that a path does not exist, without a stack trace', async () => {
    const missing = await run(['bestaat-niet.pdf']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      `"bestaat-niet.pdf" bestaat niet (gezocht vanuit ${root}): controleer het pad`,
    );
    expect(missing.stderr).not.toMatch(noStack);
  });

  it('shows how to use it when no file is given', async () => {
    const usage = await run([]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toContain(
      'Gebruik: npm run verify -- <bestanden of mappen…> [--csv <register.csv>]',
    );
    expect(usage.stderr).not.toMatch(noStack);
  });

  it('refuses --csv without a file name and an unknown option', async () => {
    const noName = await run(['geldig.pdf', '--csv']);
    expect(noName.status).toBe(1);
    expect(noName.stderr).toContain('--csv vraagt een bestandsnaam voor het register.');
    const unknown = await run(['--snel', 'geldig.pdf']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Onbekende optie --snel.');
  });
});
