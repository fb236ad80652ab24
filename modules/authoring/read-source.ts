import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The largest source file we read: 128 KiB. The biggest real case is about 15 KiB, so this leaves room
 * for long cases while refusing pasted logs, exports and generated junk before they reach the YAML
 * parser. The size is checked with `stat` before a single byte is read, so a 20 MB file is refused at
 * once, and the read itself stops after this many bytes in case the file grows meanwhile.
 */
export const MAX_SOURCE_BYTES = 128 * 1024;

/** Share of control characters (other than tab, newline, carriage return) above which bytes are binary. */
const MAX_CONTROL_SHARE = 0.1;

const IS_DIRECTORY =
  'dit is een map, geen bestand: geef de .yaml-bestanden erin op (een programma dat mappen aanneemt, zoekt ze eerst op met expandCasePaths)';

export type ReadSourceResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a text source file (a case, a beroepsgroep) safely: never throws, never hangs on a device or a
 * pipe, never reads more than {@link MAX_SOURCE_BYTES}. On failure the message says in plain Dutch what
 * is wrong and what to do; the caller puts the file name in front of it. A leading BOM is removed.
 */
export function readSource(path: string): ReadSourceResult {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return refuse(IS_DIRECTORY);
    if (!stats.isFile())
      return refuse(
        'dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe): geef een .yaml-bestand op',
      );
    if (stats.size > MAX_SOURCE_BYTES) return refuse(tooLarge(stats.size));
    const bytes = readBounded(path);
    if (bytes.length > MAX_SOURCE_BYTES) return refuse(tooLarge(bytes.length));
    return decode(bytes);
  } catch (error) {
    return refuse(readError(error));
  }
}

/** Reads at most MAX_SOURCE_BYTES + 1 bytes, so a file that grew after the stat is still caught. */
function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    const buffer = new Uint8Array(MAX_SOURCE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function decode(bytes: Uint8Array): ReadSourceResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse('het bestand is opgeslagen als UTF-16: sla het op als UTF-8');
  if (looksBinary(bytes))
    return refuse(
      'dit is geen tekstbestand (het bevat binaire gegevens, zoals een afbeelding, pdf of Word-document): een casus is een .yaml-bestand met platte tekst',
    );
  let text: string;
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      `het bestand is geen geldige UTF-8 (eerste fout op regel ${firstInvalidLine(bytes)}): sla het op als UTF-8, bijvoorbeeld in je editor met 'Opslaan met codering'`,
    );
  }
  if (text.trim() === '')
    return refuse('het bestand is leeg: schrijf er een casus in (het formaat staat in modules/README.md)');
  return { ok: true, text };
}

/** A NUL byte, or more than a tenth control characters: no YAML author writes that. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return control > bytes.length * MAX_CONTROL_SHARE;
}

/** The line of the first byte that is not UTF-8, found by decoding leniently and looking for U+FFFD. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  let line = 1;
  for (let i = lenient.indexOf('\n'); i !== -1 && i < at; i = lenient.indexOf('\n', i + 1)) line++;
  return line;
}

function tooLarge(size: number): string {
  const shown =
    size >= 1024 * 1024
      ? `${(size / (1024 * 1024)).toFixed(1).replace('.', ',')} MiB`
      : `${Math.ceil(size / 1024)} KiB`;
  return `het bestand is te groot (${shown}, hoogstens ${MAX_SOURCE_BYTES / 1024} KiB): een casus is zelden groter dan 20 KiB; haal weg wat er per ongeluk in staat, of splits de casus`;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'het bestand bestaat niet: controleer het pad en de naam';
    case 'EACCES':
    case 'EPERM':
      return 'je hebt geen toestemming om dit bestand te lezen: controleer de rechten';
    case 'EISDIR':
      return IS_DIRECTORY;
    case 'ENOTFILE':
      return 'dit is geen gewoon bestand: geef een .yaml-bestand op';
    default:
      return `het bestand kan niet worden gelezen${typeof code === 'string' ? ` (${code})` : ''}: controleer het pad en de rechten`;
  }
}

function refuse(message: string): ReadSourceResult {
  return { ok: false, message };
}
