/**
 * The site's public address, printed on every certificate as the place to verify it. It is set when
 * the site is built, with the environment variable MELDCODE_SITE (`MELDCODE_SITE=https://… npm run
 * build`): astro.config.mjs passes it to Astro's `site`, and the browser code reads it as
 * `import.meta.env.SITE`. Without it the build uses DEFAULT_SITE, the address `npm start` serves, and
 * says so: a deployed site must set it. Browser and Node.
 */
export const DEFAULT_SITE = 'http://localhost:4321/';

/** The address as the certificate prints it: http(s), no query or fragment, ending in `/`; throws on anything else. */
export function siteAddress(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_SITE;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username)
    throw new Error(
      `MELDCODE_SITE must be the site's full address, starting with https:// or http:// (it is "${text}")`,
    );
  return `${url.origin}${url.pathname.replace(/\/?$/, '/')}`;
}

/** Where an organisation verifies certificates: the site's organisation page. */
export function verifyAddress(site: string | undefined): string {
  return `${siteAddress(site)}organisatie/`;
}
