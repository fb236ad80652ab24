/** A link's profile: `#profiel=` and the profile's text as base64url (UTF-8). Undefined when there is none. */
export function profileFromHash(hash: string): string | undefined {
  const match = /^#profiel=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!match) return undefined;
  try {
    const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
