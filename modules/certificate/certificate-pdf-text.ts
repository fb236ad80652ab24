/**
 * The name and verification code read back from a certificate PDF's page, to compare with the attached
 * record (printedCertificate, printedMismatch). How the PDF prints a name is printable.ts; the
 * page's content is read by marked-text.ts, a Noto Sans font's codes by parse-to-unicode.ts.
 *
 * The PDF is drawn with the standard font Helvetica in WinAnsi (Windows-1252): a letter outside it is
 * printed without its accent, or as `?` (printable), unless the learner's details are printed in an
 * embedded Noto Sans (printableIn: as typed, a letter the font lacks as `?`), whose two-byte glyph
 * codes are read back through the font's ToUnicode CMap. Each text run sits in marked content with an MCID
 * (certificate-pdf.ts); reading collects the text of each such run, in order, as a paragraph: the
 * paragraph after the heading "Bewijs van deelname" is the name, and "Verificatiecode: 7E30Z-Z0SSR" the
 * code. This reads our own PDFs, also when a PDF tool saved them again with their page content kept
 * (compressed or not); it does not read any PDF. A PDF whose name or code cannot be found this way is
 * refused: its text was replaced, or it was drawn by another program. The comparison catches a PDF
 * whose printed name or code was edited and a record attached to another person's PDF; it cannot
 * catch a forgery made with the open source code, which prints whatever it attaches.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFContext } from 'pdf-lib';
import { markedText } from './marked-text.ts';
import { parseToUnicode } from './parse-to-unicode.ts';
import { printable } from './printable.ts';

/** What a certificate PDF prints: the name and the verification code, when they were found. */
export interface PrintedCertificate {
  name?: string;
  code?: string;
}

/** Pages read at most: a certificate has one, or two when a module has many cases. */
const MAX_PAGES = 4;
/** Decoded page content read at most, all pages together: one page of ours is about 10 KB. */
export const MAX_PAGE_CONTENT_BYTES = 512 * 1024;

/** Decodes a stream within a limit (certificate-pdf.ts's bounded decoder); throws past it. */
export type BoundedDecode = (stream: PDFRawStream, limit: number) => Uint8Array;

/**
 * The name and code printed on a parsed certificate PDF, read from its first pages within
 * MAX_PAGE_CONTENT_BYTES. Throws only what `decode` throws (too much data).
 */
export function printedCertificate(context: PDFContext, decode: BoundedDecode): PrintedCertificate {
  const budget = { left: MAX_PAGE_CONTENT_BYTES };
  const bounded = (stream: PDFRawStream) => {
    const decoded = decode(stream, budget.left);
    budget.left -= decoded.length;
    return decoded;
  };
  const paragraphs = pages(context).flatMap((page) => {
    const bytes = pageContent(context, page, bounded);
    return bytes ? markedText(bytes, toUnicodeMaps(page, bounded)) : [];
  });
  const texts = paragraphs.map((text) => text.replace(/\s+/g, ' ').trim());
  const heading = texts.indexOf('Bewijs van deelname');
  const name = heading >= 0 ? texts[heading + 1] : undefined;
  const code = texts
    .map((text) => /^Verificatiecode: ?([0-9A-Z]{5}-[0-9A-Z]{5})$/.exec(text)?.[1])
    .find(Boolean);
  return { ...(name && { name }), ...(code && { code }) };
}

/** Why a PDF's printed name or code does not fit its attached record, or undefined when it does. */
export function printedMismatch(
  printed: PrintedCertificate,
  record: { name: string; code: string },
): { code: 'pdf-past-niet' | 'pdf-tekst-onleesbaar'; reason: string } | undefined {
  if (printed.name === undefined || printed.code === undefined)
    return {
      code: 'pdf-tekst-onleesbaar',
      reason:
        'Op deze PDF zijn de naam en de verificatiecode niet te lezen. Zo kan de controle ze niet vergelijken met het bijgevoegde bewijs. De PDF is veranderd, of opnieuw gemaakt met een ander programma. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.',
    };
  const other =
    'De PDF is veranderd, of het bijgevoegde bewijs hoort bij een andere PDF. Vraag de deelnemer om de oorspronkelijke PDF of het .json-bestand.';
  if (!samePrintedName(printed.name, record.name))
    return {
      code: 'pdf-past-niet',
      reason: `Op de PDF staat de naam “${printed.name}”, maar in het bijgevoegde bewijs staat “${record.name}”. ${other}`,
    };
  if (printed.code !== record.code)
    return {
      code: 'pdf-past-niet',
      reason: `Op de PDF staat verificatiecode ${printed.code}, maar het bijgevoegde bewijs heeft verificatiecode ${record.code}. ${other}`,
    };
  return undefined;
}

/**
 * Left out when a printed name is compared: white space, the zero-width non-joiner and joiner (which
 * the PDF's text gives back as a space), and the Devanagari vowel sign i (ि), which is drawn before the
 * consonant it follows in the name, so the PDF's text gives it first.
 */
const SPACE_OR_JOINER = /[\s\u200c\u200d\u093f]+/g;

/**
 * Whether a printed name is the record's name as the PDF prints it, spaces and joiners aside (a long
 * name is broken over lines; a joiner is read back as a space; SPACE_OR_JOINER): in WinAnsi (printable), or as typed when the PDF embeds Noto Sans for it. A
 * printed `?` stands for any one letter: the first certificate code printed ł and other stroked letters
 * as `?`, where printable now drops the stroke, and Noto Sans prints a letter it lacks (Arabic, Chinese)
 * as `?`.
 */
function samePrintedName(printed: string, name: string): boolean {
  const shown = [...printed.replace(SPACE_OR_JOINER, '')];
  const matches = (text: string) => {
    const expected = [...text.replace(SPACE_OR_JOINER, '')];
    return shown.length === expected.length && shown.every((char, i) => char === expected[i] || char === '?');
  };
  // In WinAnsi (Helvetica), or as typed (Noto Sans, which prints a letter it lacks as `?`).
  return matches(printable(name)) || matches(name.normalize('NFC'));
}

/** The first MAX_PAGES page dictionaries, in order, through a page tree at most 16 levels deep. */
function pages(context: PDFContext): PDFDict[] {
  const found: PDFDict[] = [];
  const catalog = context.lookup(context.trailerInfo.Root);
  const visit = (node: unknown, depth: number) => {
    if (!(node instanceof PDFDict) || depth > 16 || found.length >= MAX_PAGES) return;
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.lookup(i), depth + 1);
    else if (node.lookup(PDFName.of('Type')) === PDFName.of('Page')) found.push(node);
  };
  if (catalog instanceof PDFDict) visit(catalog.lookup(PDFName.of('Pages')), 0);
  return found;
}

/** A page's content streams, decoded and joined; undefined when it has none. */
function pageContent(
  context: PDFContext,
  page: PDFDict,
  decode: (stream: PDFRawStream) => Uint8Array,
): Uint8Array | undefined {
  const contents = page.lookup(PDFName.of('Contents'));
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => context.lookup(ref)) : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    parts.push(decode(stream), new Uint8Array([0x0a]));
  }
  if (parts.length === 0) return undefined;
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * For each of the page's fonts with two-byte codes (Type0, as pdf-lib embeds Noto Sans) and a
 * ToUnicode CMap, the text of each code, by the font's resource name. Other fonts are WinAnsi.
 */
function toUnicodeMaps(
  page: PDFDict,
  decode: (stream: PDFRawStream) => Uint8Array,
): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  const resources = page.lookup(PDFName.of('Resources'));
  const fonts = resources instanceof PDFDict ? resources.lookup(PDFName.of('Font')) : undefined;
  if (!(fonts instanceof PDFDict)) return maps;
  for (const [key, value] of fonts.entries()) {
    const font = fonts.context.lookup(value);
    if (!(font instanceof PDFDict) || font.lookup(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const cmap = font.lookup(PDFName.of('ToUnicode'));
    maps.set(key.decodeText(), cmap instanceof PDFRawStream ? parseToUnicode(decode(cmap)) : new Map());
  }
  return maps;
}
