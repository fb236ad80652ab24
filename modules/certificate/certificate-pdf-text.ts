/**
 * The text on a certificate PDF: how a name is printed (printable), and the name and verification code
 * read back from the page, to compare with the attached record (printedCertificate, printedMismatch).
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

/** WinAnsi's bytes 0x80–0x9F, which Windows-1252 gives other letters than Latin-1 does. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

/** The Unicode letter of each WinAnsi byte that prints one. */
const BYTE_TO_CHAR = new Map<number, string>();
for (let byte = 0x20; byte <= 0xff; byte++) {
  const code = byte >= 0x7f && byte < 0xa0 ? WIN_ANSI_HIGH[byte] : byte;
  if (code !== undefined) BYTE_TO_CHAR.set(byte, String.fromCodePoint(code));
}
/** The text of each byte shown in WinAnsi (BYTE_TO_CHAR), a space for a byte that prints none. */
const SHOWN = Array.from({ length: 256 }, (_, byte) => BYTE_TO_CHAR.get(byte) ?? ' ');

/** The characters Helvetica prints in WinAnsi (the same set as pdf-lib's font.getCharacterSet()). */
export const WIN_ANSI = new Set([...BYTE_TO_CHAR.values()].map((char) => char.codePointAt(0)!));

/** Letters with a stroke, which Unicode does not decompose into a letter and an accent. */
const STROKED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
};

/** The text as the PDF prints it: every character outside WinAnsi without its accent (ş → s, ł → l), else `?`. */
export function printable(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      if (WIN_ANSI.has(char.codePointAt(0)!)) return char;
      const base = STROKED[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
      return [...base].every((c) => WIN_ANSI.has(c.codePointAt(0)!)) && base !== '' ? base : '?';
    })
    .join('');
}

/**
 * The text as an embedded font with these characters prints it (the name in Noto Sans,
 * certificate-pdf.ts): every character it has as typed, any other as `?`, one for one.
 */
export function printableIn(text: string, characters: Set<number>): string {
  return [...text.normalize('NFC')]
    .map((char) => (characters.has(char.codePointAt(0)!) || /\s/.test(char) ? char : '?'))
    .join('');
}

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

/** Codes read from one ToUnicode CMap at most: a subset font of ours has a few dozen glyphs. */
const MAX_CMAP_ENTRIES = 65_536;

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

/**
 * A ToUnicode CMap's bfchar and bfrange entries (two-byte codes to UTF-16BE text), at most
 * MAX_CMAP_ENTRIES codes looked at in all: a crafted CMap of many wide ranges is cut off, not walked.
 */
export function parseToUnicode(bytes: Uint8Array): Map<number, string> {
  const text = new TextDecoder('latin1').decode(bytes);
  const map = new Map<number, string>();
  let work = 0;
  const hex = (value: string) => value.replace(/[\s<>]/g, '');
  const utf16 = (value: string) => {
    const units: number[] = [];
    for (let i = 0; i + 3 < value.length && units.length < 16; i += 4)
      units.push(parseInt(value.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  const set = (code: number, value: string) => {
    if (++work <= MAX_CMAP_ENTRIES) map.set(code, value);
  };
  // Each block from its begin to the next end, found with indexOf: linear in the CMap's length.
  const blocks = (kind: string) => {
    const found: string[] = [];
    for (let at = text.indexOf(`begin${kind}`); at >= 0;) {
      const end = text.indexOf(`end${kind}`, at);
      if (end < 0) break;
      found.push(text.slice(at + kind.length + 5, end));
      at = text.indexOf(`begin${kind}`, end);
    }
    return found;
  };
  for (const block of blocks('bfchar')) {
    const values = [...block.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map(([, value]) => hex(value!));
    for (let i = 0; i + 1 < values.length; i += 2) set(parseInt(values[i]!, 16), utf16(values[i + 1]!));
  }
  for (const block of blocks('bfrange')) {
    const entry = /<([0-9A-Fa-f\s]*)>\s*<([0-9A-Fa-f\s]*)>\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])/g;
    for (const [, low, high, target] of block.matchAll(entry)) {
      const from = parseInt(hex(low!), 16);
      const to = parseInt(hex(high!), 16);
      const values = target!.startsWith('[')
        ? [...target!.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map(([, value]) => hex(value!))
        : undefined;
      const first = hex(target!);
      const last = parseInt(first.slice(-4), 16);
      for (let code = from; code <= to && work < MAX_CMAP_ENTRIES; code++) {
        if (!values)
          set(code, utf16(first.slice(0, -4)) + String.fromCharCode((last + code - from) & 0xffff));
        else if (code - from < values.length) set(code, utf16(values[code - from]!));
        else break;
      }
    }
  }
  return map;
}

/** A name or word as text: its first 64 bytes (ours are short; a longer one is not ours). */
function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start, last = Math.min(end, start + 64); i < last; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

type Token =
  { kind: 'string'; bytes: number[] } | { kind: 'name' | 'word'; text: string } | { kind: 'other' };
const OTHER: Token = { kind: 'other' };

/** A letter of a right-to-left script. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** The escapes of a literal string: \\n \\r \\t \\b \\f; any other escaped byte stands for itself. */
const ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
/** What each byte is to the tokenizer: SPACE (PDF white space), DELIMITER, or 0 (part of a word or name). */
const SPACE = 1;
const DELIMITER = 2;
const BYTE_KIND = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) BYTE_KIND[byte] = SPACE;
for (const char of '()<>[]{}/%') BYTE_KIND[char.charCodeAt(0)] = DELIMITER;
const isSpace = (byte: number | undefined) => byte !== undefined && BYTE_KIND[byte] === SPACE;
/** White space or a delimiter: what ends a name or a word. */
const endsWord = (byte: number) => BYTE_KIND[byte] !== 0;
/** The value of each hex digit, -1 for any other byte. */
const HEX = new Int8Array(256).fill(-1);
for (let digit = 0; digit < 16; digit++) {
  HEX['0123456789abcdef'.charCodeAt(digit)] = digit;
  HEX['0123456789ABCDEF'.charCodeAt(digit)] = digit;
}

/** Whether a word is an operand (a number, or true, false or null) rather than an operator. */
function isOperandWord(text: string): boolean {
  const first = text.charCodeAt(0);
  // - + . or a digit
  if (first === 0x2d || first === 0x2b || first === 0x2e || (first >= 0x30 && first <= 0x39)) return true;
  return text === 'true' || text === 'false' || text === 'null';
}

/**
 * The text of every marked-content sequence with an MCID, in the order of the content: the strings
 * shown by Tj, TJ, ' and " while it is open, a space between two shows. A string is decoded with the
 * current font's ToUnicode CMap when it has one (two bytes a glyph: Noto Sans), else as WinAnsi. A
 * string with Arabic letters is one right-to-left run, its glyphs in visual order: read in reverse.
 */
function markedText(bytes: Uint8Array, fonts: Map<string, Map<number, string>> = new Map()): string[] {
  const paragraphs: string[] = [];
  const open: (number | undefined)[] = [];
  let operands: Token[] = [];
  let font: Map<number, string> | undefined;
  const decodeString = (shown: number[]) => {
    if (!font) {
      let text = '';
      for (const byte of shown) text += SHOWN[byte]!;
      return text;
    }
    const glyphs: string[] = [];
    for (let i = 0; i + 1 < shown.length; i += 2)
      glyphs.push(font.get(shown[i]! * 256 + shown[i + 1]!) ?? '\ufffd');
    // An Arabic run is drawn right to left (certificate-font.ts): its glyphs back in reading order.
    return (glyphs.some((glyph) => RIGHT_TO_LEFT.test(glyph)) ? glyphs.reverse() : glyphs).join('');
  };
  tokens(bytes, (token) => {
    if (token.kind !== 'word' || isOperandWord(token.text)) {
      operands.push(token);
      return;
    }
    const op = token.text;
    if (op === 'BDC') {
      const at = operands.findIndex((t) => t.kind === 'name' && t.text === 'MCID');
      const mcid = at >= 0 ? operands[at + 1] : undefined;
      open.push(mcid?.kind === 'word' ? paragraphs.push('') - 1 : open.at(-1));
    } else if (op === 'BMC') open.push(open.at(-1));
    else if (op === 'EMC') open.pop();
    else if (op === 'Tf') {
      const name = operands.findLast((t) => t.kind === 'name');
      font = name?.kind === 'name' ? fonts.get(name.text) : undefined;
    } else if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') {
      const paragraph = open.at(-1);
      // Text outside a paragraph is not kept, so not decoded either.
      if (paragraph !== undefined) {
        const shown = op === 'TJ' ? operands : operands.slice(-1);
        let text = '';
        for (const t of shown) if (t.kind === 'string') text += decodeString(t.bytes);
        paragraphs[paragraph] += `${text} `;
      }
    }
    operands = [];
  });
  return paragraphs;
}

/** The tokens of a content stream, in order, to `visit`: strings (literal and hex), names, words (numbers and operators). */
function tokens(bytes: Uint8Array, visit: (token: Token) => void): void {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const byte = bytes[i]!;
    if (BYTE_KIND[byte] === SPACE) i++;
    else if (byte === 0x25) while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    else if (byte === 0x28) {
      const out: number[] = [];
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const c = bytes[i++]!;
        if (c === 0x5c && i < n) {
          const e = bytes[i++]!;
          if (e >= 0x30 && e <= 0x37) {
            let value = e - 0x30;
            for (let k = 0; k < 2 && i < n && bytes[i]! >= 0x30 && bytes[i]! <= 0x37; k++)
              value = value * 8 + (bytes[i++]! - 0x30);
            out.push(value & 0xff);
          } else if (e === 0x0d) {
            if (bytes[i] === 0x0a) i++;
          } else if (e !== 0x0a) out.push(ESCAPES[e] ?? e);
        } else if (c === 0x28) {
          depth++;
          out.push(c);
        } else if (c === 0x29) {
          if (--depth > 0) out.push(c);
        } else out.push(c);
      }
      visit({ kind: 'string', bytes: out });
    } else if (byte === 0x3c && bytes[i + 1] === 0x3c) {
      i += 2;
      visit(OTHER);
    } else if (byte === 0x3e && bytes[i + 1] === 0x3e) {
      i += 2;
      visit(OTHER);
    } else if (byte === 0x3c) {
      // Hex digits in pairs, anything else skipped; an odd last digit is followed by 0.
      const out: number[] = [];
      let high = -1;
      i++;
      while (i < n && bytes[i] !== 0x3e) {
        const digit = HEX[bytes[i++]!]!;
        if (digit < 0) continue;
        if (high < 0) high = digit;
        else {
          out.push(high * 16 + digit);
          high = -1;
        }
      }
      i++;
      if (high >= 0) out.push(high * 16);
      visit({ kind: 'string', bytes: out });
    } else if (byte === 0x2f) {
      const start = ++i;
      while (i < n && !endsWord(bytes[i]!)) i++;
      visit({ kind: 'name', text: ascii(bytes, start, i) });
    } else if (BYTE_KIND[byte] === DELIMITER) {
      i++;
      visit(OTHER);
    } else {
      const start = i;
      while (i < n && !endsWord(bytes[i]!)) i++;
      const text = ascii(bytes, start, i);
      visit({ kind: 'word', text });
      // Inline image data is binary: skip it to the EI that ends it.
      if (text === 'ID') {
        i++;
        while (i < n && !(bytes[i] === 0x45 && bytes[i + 1] === 0x49 && isSpace(bytes[i - 1]))) i++;
        i += 2;
      }
    }
  }
}
