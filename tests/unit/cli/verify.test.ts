import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(lines).toHaveLength(24);
    expect(lines).toContain(
      'GELDIG    tests/fixtures/certificates/geldig.pdf  Noë van Dijk, Onderwijs, 46 van 46 punten (100%)',
    );
    expect(lines).toContain('ONGELDIG  tests/fixtures/certificates/leeg.json  Het bestand is leeg.');
    expect(lines).toContain(
      'GELDIG    tests/fixtures/certificates/eerdere-editie/geldig.json  Noë van Dijk, Onderwijs, 46 van 46 punten (100%)',
    );
    expect(lines).toContain(
      'GELDIG    tests/fixtures/certificates/versie-1/geldig.pdf  Noë van Dijk, Onderwijs, 46 van 46 punten (100%)',
    );
    expect(lines).toContain(
      'ONGELDIG  tests/fixtures/certificates/datum-in-de-toekomst.json  Dit bewijs heeft als datum 2 december 2099. Die datum ligt in de toekomst, dus het bewijs kan niet kloppen. De datum is veranderd, of de klok van het apparaat stond verkeerd. Vraag de deelnemer om het bewijs opnieuw te maken.',
    );
    expect(result.stderr.trim().split('\n').at(-1)).toBe('6 geldig, 18 ongeldig');
    expect(result.stderr + result.stdout).not.toMatch(noStack);
  });

  it('exits 0 when every file is valid, for paths typed in a subfolder and absolute paths', async () => {
    const result = await run(['geldig.pdf', join(fixtures, 'geldig.json')], fixtures);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('GELDIG    geldig.pdf  Noë van Dijk');
    expect(result.stdout).toContain('GELDIG    geldig.json  Noë van Dijk');
  });

  it('shows a file outside the folder the command was typed in by its absolute path', async () => {
    const result = await run([join(fixtures, 'geldig.json')], join(root, 'modules'));
    expect(result.stdout).toContain(`GELDIG    ${join(fixtures, 'geldig.json')}  Noë van Dijk`);
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
    expect(csv).toMatch(
      /\r\nNoë van Dijk;OBS De Regenboog;SKJ 110012345;onderwijs;Onderwijs;\d\d-12-2026;66;72;3;46;46;100;geldig;/,
    );
    // Issued before time was measured: valid, its time not measured (never 0), no flag.
    expect(csv).toContain(
      'Noë van Dijk;OBS De Regenboog;SKJ 110012345;onderwijs;Onderwijs;06-12-2026;niet gemeten;72;;46;46;100;geldig;',
    );
    expect(csv).toContain(';ongeldig;Het bestand is leeg.;;;');
  });

  it('goes through a folder of many files one by one, a line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const json = readFileSync(join(fixtures, 'geldig.json'));
    for (let i = 0; i < 500; i++) writeFileSync(join(dir, `bewijs-${String(i).padStart(3, '0')}.json`), json);
    const result = await run([dir]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(500);
    expect(result.stderr.trim()).toBe('500 geldig, 0 ongeldig');
  });

  it('refuses a file of 20 MB or more without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const file = join(dir, 'groot.pdf');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024); // sparse: no 20 MB written to disk
    closeSync(fd);
    const result = await run([file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'Het bestand is 20 MB groot; een bewijs van deelname is veel kleiner (bestanden vanaf 20 MB worden niet gelezen).',
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
