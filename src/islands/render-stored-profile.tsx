import { Alert } from './Alert.tsx';
import { render } from 'preact';
import { parseOrganisationProfile } from '../../modules/authoring/parse-organisation-profile.ts';
import { profileApplies } from '../../modules/organisation/profile-applies.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import type { BijOnsView } from '../lib/bij-ons-view.ts';
import { OrganisationProfileView } from '../components/OrganisationProfileView.tsx';
import { OrganisationStepsBox } from '../components/OrganisationStepsBox.tsx';
import type { UiSection } from '../i18n/ui.ts';

/** Renders a stored profile into its place on a page (BijOns.astro), or the Dutch notice that it cannot be used. */
export function renderStoredProfile(place: HTMLElement, text: string): void {
  const { group, groups, strings, view } = JSON.parse(place.dataset.bijOns!) as {
    group: string;
    groups: ProfileGroup[];
    strings: UiSection<'bijOns.'>;
    view: BijOnsView;
  };
  const parsed = parseOrganisationProfile(text, groups);
  if (!parsed.ok) {
    // Said once, where the whole profile would be: a lesson's box stays empty.
    if (view.kind === 'naslag')
      render(
        <Alert kind="error">
          <p role="status">
            {strings['bijOns.broken']} <a href="/bij-ons/">{strings['bijOns.manage']}</a>
          </p>
        </Alert>,
        place,
      );
    return;
  }
  if (!profileApplies(parsed.profile, group)) return;
  render(
    view.kind === 'naslag' ? (
      <OrganisationProfileView profile={parsed.profile} strings={strings} />
    ) : (
      <OrganisationStepsBox profile={parsed.profile} steps={view.steps} strings={strings} />
    ),
    place,
  );
}
