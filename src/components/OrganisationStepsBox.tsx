import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';
import { phaseText } from '../../modules/strings/nl-phase.ts';
import { format } from '../i18n/format.ts';
import type { BoxStrings, StepId } from '../lib/bij-ons-view.ts';
import { ReachLine } from './ReachLine.tsx';

interface Props {
  profile: OrganisationProfile;
  /** The steps this page teaches; the profile's line for each is shown. None: only whom to ask. */
  steps: readonly StepId[];
  strings: BoxStrings;
}

/**
 * "Zo doen wij het": a short box on a lesson about a step (and on the module page) with what the
 * organisation's profile says about that step and whom to ask. Text from the profile, shown as text.
 */
export function OrganisationStepsBox({ profile, steps, strings }: Props) {
  const lines = steps.flatMap((step) =>
    profile.stappen?.[step] ? [[step, profile.stappen[step]] as const] : [],
  );
  const [person] = profile.aandachtsfunctionarissen;
  return (
    <aside class="bij-ons-box" aria-labelledby="zo-doen-wij-het">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="zo-doen-wij-het">
        {format(strings['bijOns.box.heading'], { organisation: profile.organisatie })}
      </h2>
      {lines.length > 0 && (
        <ul>
          {lines.map(([step, line]) => (
            <li>
              <strong>{phaseText[step].split(':')[0]}:</strong> {line}
            </li>
          ))}
        </ul>
      )}
      {person && (
        <p>
          {strings['bijOns.box.ask']} <strong>{person.naam}</strong>
          {person.rol && `, ${person.rol}`}: <ReachLine reach={person} />
        </p>
      )}
    </aside>
  );
}
