import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSource } from '../../../modules/authoring/read-source.ts';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-source-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSource reads a case file safely', () => {
  it('returns the text of a normal file', () => {
    expect(readSource(file('casus.yaml', 'id: daan\ntitle: Daan\n'))).toEqual({
      ok: true,
      text: 'id: daan\ntitle: Daan\n',
    });
  });

  it('strips a leading byte order mark', () => {
    expect(readSource(file('bom.yaml', '\uFEFFid: daan\n'))).toEqual({ ok: true, text: 'id: daan\n' });
  });

  it('accepts a file of exactly the limit', () => {
    const text = `id: x\n# ${'a'.repeat(MAX_SOURCE_BYTES - 9)}\n`;
    expect(text.length).toBe(MAX_SOURCE_BYTES);
    expect(readSource(file('precies.yaml', text)).ok).toBe(true);
  });

  it('says a missing file does not exist', () => {
    expect(readSource(join(dir, 'bestaat-niet.yaml'))).toEqual({
      ok: false,
      message: 'het bestand bestaat niet: controleer het pad en de naam',
    });
  });

  it('says a path through a file does not exist either', () => {
    file('gewoon.yaml', 'id: x\n');
    expect(readSource(join(dir, 'gewoon.yaml', 'casus.yaml'))).toEqual({
      ok: false,
      message: 'het bestand bestaat niet: controleer het pad en de naam',
    });
  });

  it('refuses a folder and says to pass its files or expand it with expandCasePaths', () => {
    mkdirSync(join(dir, 'map'));
    expect(readSource(join(dir, 'map'))).toEqual({
      ok: false,
      message:
        'dit is een map, geen bestand: geef de .yaml-bestanden erin op (een programma dat mappen aanneemt, zoekt ze eerst op met expandCasePaths)',
    });
  });

  it.skipIf(process.platform === 'win32')('refuses a device instead of reading it forever', () => {
    expect(readSource('/dev/zero')).toEqual({
      ok: false,
      message:
        'dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe): geef een .yaml-bestand op',
    });
  });

  it('says an empty file is empty', () => {
    expect(readSource(file('leeg.yaml', ''))).toEqual({
      ok: false,
      message: 'het bestand is leeg: schrijf er een casus in (het formaat staat in modules/README.md)',
    });
  });

  it('says a file with only spaces, newlines and a BOM is empty', () => {
    expect(readSource(file('wit.yaml', '\uFEFF  \n\t\r\n  \n'))).toEqual({
      ok: false,
      message: 'het bestand is leeg: schrijf er een casus in (het formaat staat in modules/README.md)',
    });
  });

  it('refuses a 20 MB file with a million keys from its size, without reading it', () => {
    const lines: string[] = [];
    for (let i = 0; i < 1024 * 1024; i++) lines.push(`k${String(i).padStart(7, '0')}: waarde123\n`);
    const path = file('groot.yaml', lines.join(''));
    expect(readSource(path)).toEqual({
      ok: false,
      message:
        'het bestand is te groot (20,0 MiB, hoogstens 128 KiB): een casus is zelden groter dan 20 KiB; haal weg wat er per ongeluk in staat, of splits de casus',
    });
  }, 30_000);

  it('refuses a file just over the limit, in KiB', () => {
    expect(readSource(file('net-te-groot.yaml', `# ${'a'.repeat(MAX_SOURCE_BYTES)}\n`))).toEqual({
      ok: false,
      message:
        'het bestand is te groot (129 KiB, hoogstens 128 KiB): een casus is zelden groter dan 20 KiB; haal weg wat er per ongeluk in staat, of splits de casus',
    });
  });

  it('refuses text that is not UTF-8 and names the line of the first bad byte', () => {
    const latin1 = Uint8Array.from([...Buffer.from('id: x\ntitle: Daan\nsummary: caf'), 0xe9, 0x0a]);
    expect(readSource(file('latin1.yaml', latin1))).toEqual({
      ok: false,
      message:
        "het bestand is geen geldige UTF-8 (eerste fout op regel 3): sla het op als UTF-8, bijvoorbeeld in je editor met 'Opslaan met codering'",
    });
  });

  it('refuses UTF-16 with its byte order mark and says to save as UTF-8', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('id: x\n', 'utf16le')]);
    expect(readSource(file('utf16.yaml', utf16))).toEqual({
      ok: false,
      message: 'het bestand is opgeslagen als UTF-16: sla het op als UTF-8',
    });
  });

  const binary =
    'dit is geen tekstbestand (het bevat binaire gegevens, zoals een afbeelding, pdf of Word-document): een casus is een .yaml-bestand met platte tekst';

  it('refuses a binary file with NUL bytes', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(readSource(file('plaatje.yaml', png))).toEqual({ ok: false, message: binary });
  });

  it('refuses a file that is mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(readSource(file('stuurtekens.yaml', bytes))).toEqual({ ok: false, message: binary });
  });

  it('keeps a text with a stray control character, for the YAML parser to point at', () => {
    expect(readSource(file('een-stuurteken.yaml', 'id: x\ntitle: "a\u0007b"\nsummary: tekst\n')).ok).toBe(
      true,
    );
  });
});
