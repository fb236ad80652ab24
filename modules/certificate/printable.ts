/**
 * How a certificate PDF prints text in the standard font Helvetica, in WinAnsi (Windows-1252): a letter
 * outside it without its accent, or as `?` (printable); in an embedded font, every character it has as
 * typed (printableIn). WIN_ANSI_SHOWN gives the text of each byte, for reading a page back.
 */
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
export const WIN_ANSI_SHOWN = Array.from({ length: 256 }, (_, byte) => BYTE_TO_CHAR.get(byte) ?? ' ');

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
