/**
 * Keys in JSON text that make two readers see two different records. JSON.parse keeps the last of
 * two equal keys without a word, while another program (a viewer, a spreadsheet import) may keep the
 * first: a certificate with `"learner"` twice can show one person and be hashed as another. And
 * `__proto__`, `constructor` or `prototype` are never in a record: code that copies the record into
 * an object could change how every object behaves. Both mean the file was changed after issue.
 *
 * One pass over the text, no recursion (a stack of open objects and arrays), so deeply nested input
 * costs no more than long input. Browser and Node.
 */

/** What is wrong, and where: the keys and array positions from the top, e.g. `['learner', 'name']`. */
export interface KeyProblem {
  kind: 'dubbel' | 'verboden';
  path: string[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

interface Open {
  /** Keys seen so far in an object; undefined for an array. */
  keys?: Set<string>;
  /** In an object: the last key (whose value comes next); in an array: the position. */
  at: string | number;
  /** In an object: the next string is a key. */
  expectKey: boolean;
}

/**
 * The first key given twice in one object, or the first forbidden key, in JSON text; undefined when
 * there is none. Text that is not JSON gives no answer that can be relied on: parse it first.
 */
export function jsonKeyProblem(text: string): KeyProblem | undefined {
  const stack: Open[] = [];
  const path = (key: string) => [...stack.slice(0, -1).map((open) => String(open.at)), key];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22) {
      // A string: find its closing quote, stepping over escapes.
      let end = i + 1;
      let escaped = false;
      while (end < text.length && text.charCodeAt(end) !== 0x22) {
        if (text.charCodeAt(end) === 0x5c) {
          escaped = true;
          end++;
        }
        end++;
      }
      if (top?.keys && top.expectKey) {
        const key = escaped ? decode(text.slice(i, end + 1)) : text.slice(i + 1, end);
        if (key === undefined) return undefined;
        if (FORBIDDEN.has(key)) return { kind: 'verboden', path: path(key) };
        if (top.keys.has(key)) return { kind: 'dubbel', path: path(key) };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b) stack.push({ keys: new Set(), at: '', expectKey: true });
    else if (c === 0x5b) stack.push({ at: 0, expectKey: false });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && top) {
      if (top.keys) top.expectKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return undefined;
}

/**
 * Objects and arrays nested deeper than this are refused before the text is parsed: a record is
 * nested four deep, and JSON.parse takes a tenth of a second for each pass over text nested 150,000
 * deep (a hostile file of less than 1 MB), which verification would parse several times.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Text with more keys than this (in all its objects together) is refused before it is parsed: a
 * record has a few dozen (one per case field and per question answered), while parsing, checking and
 * reading 50,000 keys (a hostile file of 600 KB) took about a tenth of a second.
 */
export const MAX_JSON_KEYS = 2_000;

/** What makes JSON text too costly to read: nested too deep, or too many keys. */
export type JsonShapeProblem = 'diep' | 'veel-velden';

/**
 * Whether JSON text nests objects and arrays deeper than `depth` or has more than `keys` keys: one
 * pass, strings skipped (a key is the string before a colon; outside strings, only keys have one).
 */
export function jsonShapeProblem(
  text: string,
  { depth: maxDepth = MAX_JSON_DEPTH, keys: maxKeys = MAX_JSON_KEYS } = {},
): JsonShapeProblem | undefined {
  let depth = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return 'diep';
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a && ++keys > maxKeys) return 'veel-velden';
  }
  return undefined;
}

/** A JSON string literal with escapes (`"n\u0061me"` is `name`). */
function decode(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}
