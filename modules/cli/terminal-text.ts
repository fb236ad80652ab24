import { keptJoiners } from '../certificate/kept-joiner.ts';

/**
 * Characters a terminal would act on or that change how a line reads, rather than show: control
 * characters (line breaks, escape sequences that move the cursor or clear the screen, C1 controls),
 * format characters (direction marks, overrides and isolates, zero-width characters, the byte order
 * mark), line and paragraph separators, lone surrogates and the other default ignorables.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text to print on a terminal as one line that reads as it is stored: each hidden character written
 * out as an escape (`\n`, `\u001b`, `\u202e`), so a file name or a field cannot print a line of its
 * own, move the cursor or turn the rest of the line around. A zero-width non-joiner or joiner between
 * two letters of a script that needs it (KEPT_JOINER: نیک‌نام) is printed as itself: a name
 * verification accepts prints as it reads.
 */
export function printable(text: string): string {
  const kept = keptJoiners(text);
  return text.replace(HIDDEN, (char: string, index: number) => {
    if (kept.has(index)) return char;
    const named = NAMED[char];
    if (named) return named;
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
