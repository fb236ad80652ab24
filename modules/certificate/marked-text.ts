import { WIN_ANSI_SHOWN } from './printable.ts';

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
export function markedText(bytes: Uint8Array, fonts: Map<string, Map<number, string>> = new Map()): string[] {
  const paragraphs: string[] = [];
  const open: (number | undefined)[] = [];
  let operands: Token[] = [];
  let font: Map<number, string> | undefined;
  const decodeString = (shown: number[]) => {
    if (!font) {
      let text = '';
      for (const byte of shown) text += WIN_ANSI_SHOWN[byte]!;
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
