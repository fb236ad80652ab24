/** Text or an attribute value escaped for XML. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A path in a package as a URI reference: each segment percent-encoded, the slashes kept. */
export function packageHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
