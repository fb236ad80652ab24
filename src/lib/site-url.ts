/**
 * A site address such as "/onderwijs/les/#vraag-a" for a link or fetch made in the browser. On the
 * site it stays as it is. In an LMS package (the LMS build defines PUBLIC_MELDCODE_PAKKET) the site is
 * not at the root of its host and a folder does not open its index.html, so it becomes an address
 * relative to the package: the script chunks live in `_astro/`, one folder below the package root.
 * Rendered at build time it stays as it is too: the package build makes the HTML's addresses relative.
 */
export function siteUrl(path: string): string {
  if (
    !import.meta.env.PUBLIC_MELDCODE_PAKKET ||
    typeof document === 'undefined' ||
    !path.startsWith('/') ||
    path.startsWith('//')
  )
    return path;
  const [, file, rest] = /^([^?#]*)(.*)$/.exec(path)!;
  const withIndex = file.endsWith('/') ? `${file}index.html` : file;
  // Through a variable: Vite rewrites `new URL(<template>, import.meta.url)` into an asset glob.
  const here = import.meta.url;
  return new URL(`..${withIndex}${rest}`, here).href;
}
