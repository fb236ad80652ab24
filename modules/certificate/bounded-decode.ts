import { Unzlib, unzlibSync } from 'fflate';
import { decodePDFRawStream, PDFArray, PDFName, type PDFRawStream } from 'pdf-lib';

/** Thrown when a stream decodes to more bytes than allowed: a bomb, or nothing like our certificate. */
export class TooMuchData extends Error {}

/**
 * Compressed bytes handed to the inflater at a time. Deflate makes at most about 1,032 bytes of one,
 * so a slice inflates to at most about 264 KB: the bound is passed by no more than that.
 */
const SLICE = 256;
/**
 * Streams up to this size are inflated in one go (at most about 2 MB of output): slicing costs our
 * certificate's small streams more than it saves.
 */
const WHOLE = 2048;

/**
 * A PDF stream's decoded bytes; more than `limit` bytes throws TooMuchData. A stream compressed with
 * FlateDecode alone (all our certificate's streams) is inflated by fflate, a slice at a time; any other
 * filter, or one that fflate cannot read (pdf-lib also reads a stream that was cut off), by pdf-lib in
 * small reads. pdf-lib inflates in JavaScript about 10 times slower: 256 KB of a bomb took 20 ms.
 */
export function decodeBounded(stream: PDFRawStream, limit: number): Uint8Array {
  if (flateOnly(stream)) {
    try {
      return inflateBounded(stream.contents, limit);
    } catch (error) {
      if (error instanceof TooMuchData) throw error;
      // Not a whole zlib stream: pdf-lib decides, within the same bound.
    }
  }
  const decoder = decodePDFRawStream(stream);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    // Small reads: pdf-lib keeps the whole output and grows it to fit, so a large read allocates for nothing.
    const chunk = decoder.getBytes(8 * 1024);
    if (chunk.length === 0) break;
    length += chunk.length;
    if (length > limit) throw new TooMuchData();
    chunks.push(new Uint8Array(chunk));
  }
  return join(chunks, length);
}

/** Whether the stream's only filter is FlateDecode, without parameters (such as a predictor). */
function flateOnly(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  return only === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'));
}

/** Zlib data inflated a slice at a time, stopping as soon as it passes `limit` bytes. */
function inflateBounded(input: Uint8Array, limit: number): Uint8Array {
  if (input.length <= WHOLE) {
    const whole = unzlibSync(input);
    if (whole.length > limit) throw new TooMuchData();
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Unzlib((chunk) => {
    length += chunk.length;
    if (length <= limit) chunks.push(chunk);
  });
  for (let at = 0; at < input.length; at += SLICE) {
    inflater.push(input.subarray(at, at + SLICE), at + SLICE >= input.length);
    if (length > limit) throw new TooMuchData();
  }
  return join(chunks, length);
}

function join(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
