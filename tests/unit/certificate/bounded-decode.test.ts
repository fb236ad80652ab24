import { zlibSync } from 'fflate';
import { decodePDFRawStream, PDFContext, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { decodeBounded, TooMuchData } from '../../../modules/certificate/bounded-decode.ts';

const context = PDFContext.create();
const stream = (
  contents: Uint8Array,
  dict: Record<string, string | Record<string, number>> = { Filter: 'FlateDecode' },
) => PDFRawStream.of(context.obj(dict), contents);
const byPdfLib = (s: PDFRawStream) => decodePDFRawStream(s).decode();
/** Letters that do not compress to nothing (xorshift): inflating them has real work to do. */
function text(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = 97 + ((x >>> 0) % 26);
  }
  return bytes;
}
/** What a decode gives, or the message it throws. */
const outcome = (decode: () => Uint8Array) => {
  try {
    return decode();
  } catch (error) {
    return (error as Error).message;
  }
};

describe('decodeBounded', () => {
  it('gives the bytes pdf-lib gives, for a small stream (inflated at once) and a large one (in slices)', () => {
    for (const plain of [text(2000), text(20_000)]) {
      const s = stream(zlibSync(plain));
      expect(decodeBounded(s, 1024 * 1024)).toEqual(plain);
      expect(decodeBounded(s, 1024 * 1024)).toEqual(byPdfLib(s));
    }
    expect(zlibSync(text(2000)).length).toBeLessThan(2048);
    expect(zlibSync(text(20_000)).length).toBeGreaterThan(2048);
  });

  it('allows exactly the limit and refuses one byte more, on both paths', () => {
    for (const plain of [text(2000), text(20_000)]) {
      const s = stream(zlibSync(plain));
      expect(decodeBounded(s, plain.length)).toHaveLength(plain.length);
      expect(() => decodeBounded(s, plain.length - 1)).toThrow(TooMuchData);
    }
  });

  it('refuses a bomb (16 MB of zeros in 16 KB, inflated in slices)', () => {
    const bomb = stream(zlibSync(new Uint8Array(16 * 1024 * 1024)));
    expect(() => decodeBounded(bomb, 256 * 1024)).toThrow(TooMuchData);
  });

  it('leaves other filters, parameters and a stream cut off to pdf-lib, within the same bound', () => {
    const plain = text(5000);
    const hex = stream(new TextEncoder().encode(`${Buffer.from(plain).toString('hex')}>`), {
      Filter: 'ASCIIHexDecode',
    });
    expect(decodeBounded(hex, 10_000)).toEqual(plain);
    expect(() => decodeBounded(hex, 4999)).toThrow(TooMuchData);
    const withParms = stream(zlibSync(plain), { Filter: 'FlateDecode', DecodeParms: { Columns: 1 } });
    expect(decodeBounded(withParms, 10_000)).toEqual(byPdfLib(withParms));
    const packed = zlibSync(text(20_000));
    const cut = stream(packed.subarray(0, packed.length >> 1));
    expect(outcome(() => decodeBounded(cut, 1024 * 1024))).toEqual(outcome(() => byPdfLib(cut)));
  });
});
