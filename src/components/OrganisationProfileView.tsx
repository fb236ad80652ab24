import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';
import { phaseText } from '../../modules/strings/nl-phase.ts';
import { format } from '../i18n/format.ts';
import type { NaslagStrings } from '../lib/bij-ons-view.ts';
import { ReachLine } from './ReachLine.tsx';

interface Props {
  profile: OrganisationProfile;
  strings: NaslagStrings;
}

/**
 * "Bij ons": the organisation's own meldcode on the naslag (and wherever it is shown): whom to call
 * here, who takes each step, the local agreements, the route for a suspected colleague and where the
 * organisation's own meldcode is. Everything is text from the profile, rendered as text (never HTML);
 * links are only tel:, mailto: and https:, as the profile schema allows.
 */
export function OrganisationProfileView({ profile, strings }: Props) {
  const steps = Object.entries(profile.stappen ?? {}).filter(([, line]) => line) as [
    keyof typeof phaseText,
    string,
  ][];
  return (
    <section class="naslag-block bij-ons" aria-labelledby="bij-ons">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="bij-ons">
        {format(strings['bijOns.heading'], { organisation: profile.organisatie })}
      </h2>
      <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['bijOns.people']}</h3>
      <ul>
        {profile.aandachtsfunctionarissen.map((person) => (
          <li>
            <strong>{person.naam}</strong>
            {person.rol && `, ${person.rol}`}: <ReachLine reach={person} />
          </li>
        ))}
      </ul>
      {steps.length > 0 && (
        <>
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['bijOns.steps']}</h3>
          <ul>
            {steps.map(([step, line]) => (
              <li>
                <strong>{phaseText[step].split(':')[0]}:</strong> {line}
              </li>
            ))}
          </ul>
        </>
      )}
      {profile.afspraken && (
        <>
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['bijOns.agreements']}</h3>
          <ul>
            {profile.afspraken.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      )}
      {profile.collega && (
        <>
          <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{strings['bijOns.colleague']}</h3>
          <p>
            <strong>{profile.collega.naam}</strong>: <ReachLine reach={profile.collega} />
          </p>
        </>
      )}
      <p>
        {strings['bijOns.meldcode']}{' '}
        {profile.meldcode.link && (
          <a class="utrecht-link utrecht-link--html-a" href={profile.meldcode.link}>
            {strings['bijOns.meldcode.link']}
          </a>
        )}
        {profile.meldcode.link && profile.meldcode.waar && '. '}
        {profile.meldcode.waar}
      </p>
      <p class="note">{strings['bijOns.note']}</p>
    </section>
  );
}
