/**
 * Where a visitor reports an accessibility problem: an e-mail address, shown on /over/ as a mailto
 * link. It is set when the site is built, with the environment variable MELDCODE_CONTACT
 * (`MELDCODE_CONTACT=toegankelijkheid@… npm run build`); astro.config.mjs reads and checks it, like
 * MELDCODE_SITE (certificate/site-address.ts). Without it the build uses DEFAULT_CONTACT and says so:
 * a deployed site must set it to an address someone reads.
 */
export const DEFAULT_CONTACT = 'toegankelijkheid@example.nl';

/** One plain address: a local part, `@`, a domain with a dot; no spaces, commas, `mailto:` or query. */
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** The address the site shows, trimmed; the default when unset; throws on anything but one address. */
export function contactAddress(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_CONTACT;
  if (!ADDRESS.test(text))
    throw new Error(
      `MELDCODE_CONTACT must be one e-mail address, such as toegankelijkheid@meldcode.example.nl (it is "${text}")`,
    );
  return text;
}
