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

/**
 * Room given to a small stream's output: our certificate's streams inflate to 2 to 4 times their size.
 * Without it fflate makes room for 128 KB more at each compressed block (about 128 KB allocated and
 * collected for every stream of a few kilobytes, a fifth of the time to read a certificate PDF).
 */
const roomFor = (input: Uint8Array) => input.length * 6 + 1024;

/** Zlib data inflated a slice at a time, stopping as soon as it passes `limit` bytes. */
function inflateBounded(input: Uint8Array, limit: number): Uint8Array {
  if (input.length <= WHOLE) {
    const whole = inflateInRoom(input) ?? unzlibSync(input);
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

/**
 * The inflated bytes when they fit in roomFor(input) with room to spare; undefined when they may not
 * (fflate drops what does not fit, so output that fills the room may be cut off) or the data cannot
 * be read this way: then the caller inflates it as before, with the same result or error.
 */
function inflateInRoom(input: Uint8Array): Uint8Array | undefined {
  const room = roomFor(input);
  try {
    const out = unzlibSync(input, { out: new Uint8Array(room) });
    return out.length < room ? out : undefined;
  } catch {
    return undefined;
  }
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
