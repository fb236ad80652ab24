/**
 * A SHA-256 of a case as authored, in canonical JSON: the same content always gives the same hash,
 * anywhere (browser or Node). Pass the `authored` object of a loaded case (what the YAML says, before
 * schema defaults and trimming), never the parsed `CaseDef`: a default added to the schema later would
 * otherwise change the hash of every published case, and no certificate would verify.
 */
export async function hashCase(authored: Record<string, unknown>): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(authored));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** JSON with object keys sorted, so key order in the source file does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
