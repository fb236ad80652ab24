import { Alert } from './Alert.tsx';
import { render } from 'preact';
import { parseOrganisationProfile } from '../../modules/authoring/parse-organisation-profile.ts';
import { profileApplies } from '../../modules/organisation/profile-applies.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import type { BijOnsView, BoxStrings, NaslagStrings } from '../lib/bij-ons-view.ts';
import { OrganisationProfileView } from '../components/OrganisationProfileView.tsx';
import { OrganisationStepsBox } from '../components/OrganisationStepsBox.tsx';

type NaslagPlace = { view: Extract<BijOnsView, { kind: 'naslag' }>; strings: NaslagStrings };
type BoxPlace = { view: Extract<BijOnsView, { kind: 'box' }>; strings: BoxStrings };
type Place = { group: string; groups: ProfileGroup[] } & (NaslagPlace | BoxPlace);
const isNaslag = (place: Place): place is Place & NaslagPlace => place.view.kind === 'naslag';

/** Renders a stored profile into its place on a page (BijOns.astro), or the Dutch notice that it cannot be used. */
export function renderStoredProfile(place: HTMLElement, text: string): void {
  // The place holds only the strings its view shows (bijOnsStrings).
  const data = JSON.parse(place.dataset.bijOns!) as Place;
  const { group, groups } = data;
  const parsed = parseOrganisationProfile(text, groups);
  if (!parsed.ok) {
    // Said once, where the whole profile would be: a lesson's box stays empty.
    if (isNaslag(data))
      render(
        <Alert kind="error">
          <p role="status">
            {data.strings['bijOns.broken']}{' '}
            <a class="utrecht-link utrecht-link--html-a" href="/bij-ons/">
              {data.strings['bijOns.manage']}
            </a>
          </p>
        </Alert>,
        place,
      );
    return;
  }
  if (!profileApplies(parsed.profile, group)) return;
  render(
    isNaslag(data) ? (
      <OrganisationProfileView profile={parsed.profile} strings={data.strings} />
    ) : (
      <OrganisationStepsBox profile={parsed.profile} steps={data.view.steps} strings={data.strings} />
    ),
    place,
  );
}
