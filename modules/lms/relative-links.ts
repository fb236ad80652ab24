/**
 * Makes a built site work from any folder and from file://: inside an LMS package the site is not at
 * the root of its host, and a folder URL ("/onderwijs/") does not open its index.html. Root-relative
 * references in HTML attributes and CSS url() become relative to the file that holds them, and a
 * reference to a folder gets `index.html`. External URLs, protocol-relative URLs (`//host`), anchors,
 * and references that are relative already are left alone; query and fragment are kept.
 */

/** Attributes that hold a URL in the pages Astro builds (astro-island's holds its component's module). */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];

const attributePattern = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=)(["'])(/(?!/)[^"']*)\\2`, 'g');
const cssUrlPattern = /url\((["']?)(\/(?!\/)[^"')]*)\1\)/g;

/** The reference `target` (root-relative, e.g. "/onderwijs/les/#vraag-a") as seen from the file `from` (e.g. "onderwijs/index.html"). */
export function relativeUrl(target: string, from: string): string {
  const match = /^([^?#]*)(.*)$/.exec(target)!;
  let path = match[1];
  const rest = match[2];
  if (path.endsWith('/')) path += 'index.html';
  const to = path.slice(1).split('/');
  const base = from.split('/').slice(0, -1);
  let common = 0;
  while (common < base.length && common < to.length - 1 && base[common] === to[common]) common++;
  const up = base.length - common;
  const relative = [...Array(up).fill('..'), ...to.slice(common)].join('/');
  return (relative === '' ? './' : relative) + rest;
}

/**
 * An HTML file with its root-relative URLs made relative to `file` (its path in the package); a link
 * attribute's URL first goes through `redirect` (package-scope.ts: the site's home page becomes the module's).
 */
export function relativizeHtml(
  html: string,
  file: string,
  redirect: (url: string) => string = (url) => url,
): string {
  return html
    .replace(
      attributePattern,
      (_m, name: string, quote: string, url: string) =>
        `${name}${quote}${relativeUrl(redirect(url), file)}${quote}`,
    )
    .replace(
      cssUrlPattern,
      (_m, quote: string, url: string) => `url(${quote}${relativeUrl(url, file)}${quote})`,
    );
}

/** A CSS file with its root-relative url() references made relative to `file`. */
export function relativizeCss(css: string, file: string): string {
  return css.replace(
    cssUrlPattern,
    (_m, quote: string, url: string) => `url(${quote}${relativeUrl(url, file)}${quote})`,
  );
}
