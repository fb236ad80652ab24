import type { OrganisationProfile } from './organisation-profile.schema.ts';

/** Whether the profile's "Bij ons" belongs on a module's pages: its own beroepsgroepen and the basis module. */
export function profileApplies(profile: OrganisationProfile, group: string): boolean {
  return group === 'basis' || profile.beroepsgroepen.includes(group);
}
