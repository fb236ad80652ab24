/**
 * What can be told of a PDF from its bytes, without pdf-lib (certificate-pdf.ts): how many objects
 * parsing would make, and whether the file has an end. Cheap (one pass, no parsing); the count errs
 * on the side of a larger count: a count too high only refuses a file that is nothing like our certificate.
 */

/** PDF white space: NUL, tab, line feed, form feed, carriage return, space. */
const SPACE = '[\\0\\t\\n\\f\\r ]';
/** What may follow a PDF name: white space or a delimiter. */
const NAME_END = `(?=${SPACE}|[()<>\\[\\]{}/%]|$)`;
const OBJECT_STREAM = new RegExp(`/ObjStm${NAME_END}`, 'g');
/** `/N` and what follows: a whole number (taken), or a reference or anything else (not known). */
const COUNT_ENTRY = new RegExp(`/N${NAME_END}${SPACE}*(\\d+)?(${SPACE}+\\d+${SPACE}+R)?`, 'g');
/** How far from `/ObjStm` its dictionary's `/N` is looked for; a dictionary is a few dozen bytes. */
const WINDOW = 4096;

/**
 * An upper bound on the objects pdf-lib would make of these bytes, or Infinity when it cannot be
 * told: every `obj` keyword (each indirect object has one; `endobj` is not counted), plus what each
 * object stream's `/N` says it holds. The objects inside an object stream are compressed, so its `/N`
 * is read from its dictionary, names decoded as pdf-lib decodes them (`/Obj#53tm` is `/ObjStm`); an
 * object stream whose `/N` is not a plain number nearby (a reference, or missing) counts as Infinity.
 * Stops counting past `limit`.
 */
export function countPdfObjects(bytes: Uint8Array, limit = Infinity): number {
  let count = 0;
  for (let i = bytes.indexOf(0x6f); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0x6f, i + 1)) {
    if (bytes[i + 1] !== 0x62 || bytes[i + 2] !== 0x6a) continue; // o b j
    if (i >= 3 && bytes[i - 3] === 0x65 && bytes[i - 2] === 0x6e && bytes[i - 1] === 0x64) continue; // end
    if (++count > limit) return count;
  }
  return count + objectStreamCount(bytes, limit - count);
}

/** What the object streams say they hold, all together; Infinity when one does not say it plainly. */
function objectStreamCount(bytes: Uint8Array, limit: number): number {
  // latin1 keeps one character per byte; names are decoded as pdf-lib does (# and two hex digits).
  const text = new TextDecoder('latin1')
    .decode(bytes)
    .replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  let total = 0;
  let streams = 0;
  for (const { index } of text.matchAll(OBJECT_STREAM)) {
    // Each object stream is an object, already counted: more of them than the limit cannot be right.
    if (++streams > limit) return Infinity;
    const start = Math.max(index - WINDOW, text.lastIndexOf('obj', index));
    const stream = text.indexOf('stream', index);
    const end = stream === -1 ? index + WINDOW : Math.min(stream, index + WINDOW);
    let found = false;
    for (const [, count, reference] of text.slice(start, end).matchAll(COUNT_ENTRY)) {
      if (count === undefined || reference !== undefined) return Infinity;
      total += Number(count);
      found = true;
    }
    if (!found || total > limit) return Infinity;
  }
  return total;
}

/**
 * Whether the bytes end as a PDF ends: `%%EOF` in the last 1,024 bytes (where readers look for it). A
 * file cut off part way, by a download or copy that stopped, has lost it.
 */
export function hasPdfEnd(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  for (let i = tail.length - 5; i >= 0; i--)
    if (
      tail[i] === 0x25 &&
      tail[i + 1] === 0x25 &&
      tail[i + 2] === 0x45 &&
      tail[i + 3] === 0x4f &&
      tail[i + 4] === 0x46
    )
      return true;
  return false;
}
