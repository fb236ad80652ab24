import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseOrganisationProfile } from '../../../modules/authoring/parse-organisation-profile.ts';
import type { OrganisationProfile } from '../../../modules/organisation/organisation-profile.schema.ts';
import type { ProfileGroup } from '../../../modules/organisation/profile-rules.ts';

const root = new URL('../../../', import.meta.url);

/** Every beroepsgroep of the course with its sector, as the site checks a profile against them. */
export const profileGroups: ProfileGroup[] = readdirSync(new URL('content/beroepsgroepen/', root)).map(
  (file) => {
    const { id, sector } = parse(readFileSync(new URL(`content/beroepsgroepen/${file}`, root), 'utf8'));
    return { id, sector };
  },
);

/** The text of an example profile in content/organisaties/voorbeelden/. */
export const exampleText = (name: string) =>
  readFileSync(new URL(`content/organisaties/voorbeelden/${name}.yaml`, root), 'utf8');

/** An example profile, checked as the site checks it. */
export function exampleProfile(name: string): OrganisationProfile {
  const parsed = parseOrganisationProfile(exampleText(name), profileGroups);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.profile;
}
