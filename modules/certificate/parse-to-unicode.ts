/** Codes read from one ToUnicode CMap at most: a subset font of ours has a few dozen glyphs. */
const MAX_CMAP_ENTRIES = 65_536;

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
