import { formatIssue } from '../case/case-issue.ts';
import type { OrganisationProfile } from '../organisation/organisation-profile.schema.ts';
import type { ProfileGroup } from '../organisation/profile-rules.ts';
import { parseOrganisationProfile } from './parse-organisation-profile.ts';
import { readSource } from './read-source.ts';

/**
 * The organisatieprofiel a site or package is built with (`MELDCODE_ORGANISATIE=<file> npm run build`).
 * Throws with every issue, one line each with file and line, so the build stops and says what to fix.
 */
export function loadOrganisationProfile(file: string, groups: readonly ProfileGroup[]): OrganisationProfile {
  const read = readSource(file);
  if (!read.ok) throw new Error(`MELDCODE_ORGANISATIE: ${file}: ${read.message}`);
  const parsed = parseOrganisationProfile(read.text, groups);
  if (!parsed.ok)
    throw new Error(
      `MELDCODE_ORGANISATIE: het organisatieprofiel klopt niet:\n${parsed.issues.map((issue) => formatIssue({ file, ...issue })).join('\n')}`,
    );
  return parsed.profile;
}

/**
 * The profile a build is given in its environment (`MELDCODE_ORGANISATIE=<file>`, a path from where the
 * build runs), or undefined when none is given. Throws as loadOrganisationProfile does.
 */
export function profileFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  groups: readonly ProfileGroup[],
): OrganisationProfile | undefined {
  const file = env.MELDCODE_ORGANISATIE?.trim();
  return file ? loadOrganisationProfile(file, groups) : undefined;
}
