import { useEffect, useState } from 'preact/hooks';
import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import { readStoredProfile } from '../storage/organisation-store.ts';
import { useLazyModule } from './use-lazy-module.ts';

/** The profile checker, loaded only when this browser holds a profile. */
const loadChecker = () => import('../../modules/authoring/parse-organisation-profile.ts');

/**
 * The organisatieprofiel for an island: the one the site was built with, or else the one kept in this
 * browser (checked with the same rules as on /bij-ons/; a damaged one gives none here, the naslag and
 * /bij-ons/ say why). The checker loads only when a profile is stored.
 */
export function useOrganisationProfile(
  builtIn: OrganisationProfile | undefined,
  groups: readonly ProfileGroup[],
): OrganisationProfile | undefined {
  const [text] = useState(() => (builtIn ? null : readStoredProfile()));
  const checker = useLazyModule(loadChecker, text !== null);
  if (builtIn) return builtIn;
  if (text === null || !checker) return undefined;
  const parsed = checker.parseOrganisationProfile(text, groups);
  return parsed.ok ? parsed.profile : undefined;
}
