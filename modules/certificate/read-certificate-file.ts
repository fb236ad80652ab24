import { readCertificatePdf } from './read-certificate-pdf.ts';
import type { PrintedCertificate } from './certificate-pdf-text.ts';
import { MAX_FILE_BYTES, MAX_PDF_OBJECTS, tooLargeReason, tooManyObjectsReason } from './file-limits.ts';
import { countPdfObjects, hasPdfEnd } from './pdf-limits.ts';

export { MAX_FILE_BYTES, MAX_PDF_OBJECTS };

/** A file as the browser gives it (File, Blob) or Node's openAsBlob: its size is known before reading. */
export interface BlobLike {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What a certificate can be read from: a file, bytes, or JSON text. */
export type CertificateSource = BlobLike | Uint8Array | ArrayBuffer | string;

export type FileCode =
  | 'leeg'
  | 'te-groot'
  | 'geen-pdf-of-json'
  | 'geen-tekst'
  | 'pdf-beschadigd'
  | 'pdf-zonder-bewijs'
  | 'te-veel-objecten'
  | 'te-veel-uitgepakt';

/** The record's JSON text in a file, and whether it came from a PDF (with what the PDF prints); or why there is none. */
export type FileRead =
  | { ok: true; text: string; from: 'json' }
  | { ok: true; text: string; from: 'pdf'; printed: PrintedCertificate }
  | { ok: false; code: FileCode; reason: string };

const fail = (code: FileCode, reason: string) => ({ ok: false, code, reason }) as const;

const TRUNCATED =
  'De PDF is beschadigd of onvolledig: het einde van het bestand ontbreekt, bijvoorbeeld doordat downloaden of kopiëren is afgebroken. Vraag de deelnemer om het bestand opnieuw te sturen.';

/**
 * Takes the record out of a certificate file (PDF with the record attached, or the record as JSON):
 * the size is checked before anything is read (MAX_FILE_BYTES), then the first bytes say which kind it
 * is. A PDF is parsed only when its bytes hold no more than MAX_PDF_OBJECTS objects; one that cannot
 * be read and has lost its end (`%%EOF`) is said to be cut off, not to lack a certificate. Never throws.
 */
export async function readCertificateFile(source: CertificateSource): Promise<FileRead> {
  const size = sizeOf(source);
  if (size === 0) return fail('leeg', 'Het bestand is leeg.');
  if (size >= MAX_FILE_BYTES) return fail('te-groot', tooLargeReason(size));
  if (typeof source === 'string') return { ok: true, text: source.replace(/^\uFEFF/, ''), from: 'json' };
  let bytes: Uint8Array;
  try {
    bytes =
      source instanceof Uint8Array
        ? source
        : new Uint8Array(source instanceof ArrayBuffer ? source : await source.arrayBuffer());
  } catch {
    return fail('geen-pdf-of-json', 'Het bestand kan niet worden gelezen.');
  }
  if (isPdf(bytes)) {
    if (countPdfObjects(bytes, MAX_PDF_OBJECTS) > MAX_PDF_OBJECTS)
      return fail('te-veel-objecten', tooManyObjectsReason());
    const read = await readCertificatePdf(bytes);
    if (read.ok) return { ok: true, text: read.text, from: 'pdf', printed: read.printed };
    // pdf-lib reads what there is of a PDF cut off part way: often no attachment, which is not the cause.
    if (read.code !== 'te-veel-uitgepakt' && !hasPdfEnd(bytes)) return fail('pdf-beschadigd', TRUNCATED);
    return fail(read.code, read.message);
  }
  if (!looksLikeJson(bytes))
    return fail(
      'geen-pdf-of-json',
      'Dit is geen PDF en geen JSON-bestand: kies de PDF of het .json-bestand van een bewijs van deelname.',
    );
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), from: 'json' };
  } catch {
    return fail('geen-tekst', 'Dit JSON-bestand is geen geldige UTF-8-tekst en kan niet worden gelezen.');
  }
}

function sizeOf(source: CertificateSource): number {
  if (typeof source === 'string') return source.length; // UTF-8 never takes fewer bytes than UTF-16 code units
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return source.byteLength;
  return source.size;
}

/** `%PDF-` in the first 1,024 bytes, where the PDF standard allows readers to find it. */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++)
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  return false;
}

/** `{` after an optional UTF-8 byte order mark and white space. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x7b;
}
