import type { OrganisationProfile } from '../organisation/organisation-profile.schema.ts';
import { personText } from '../organisation/reach-text.ts';
import { stap1Klaar, stap2Klaar, stap3Klaar } from '../stappenplan/stappenplan.rules.ts';
import { fill } from '../strings/fill.ts';
import { wijzerText } from '../strings/nl-wijzer.ts';
import { wijzerMoment } from './wijzer-moment.ts';
import type { WijzerRun } from './wijzer-run.ts';

type StepId = keyof NonNullable<OrganisationProfile['stappen']>;

const w = wijzerText.wijzer.organisatie;

/**
 * The step of the meldcode the situation is at now; null once it is done (and on the route for a
 * suspected colleague, which the wijzer leaves to the naslag).
 */
function currentStep(run: WijzerRun): StepId | null {
  const moment = wijzerMoment(run.snapshot);
  const ctx = run.snapshot.context;
  switch (moment.kind) {
    case 'klaar':
    case 'collega-route':
      return null;
    case 'afweging':
      if (moment.nummer >= 3) return 'stap-5';
      if (!stap1Klaar(ctx)) return 'stap-1';
      if (!stap2Klaar(ctx)) return 'stap-2';
      if (!stap3Klaar(ctx)) return 'stap-3';
      return 'stap-4';
    default:
      return 'stap-5';
  }
}

/**
 * Whom to contact next, from the organisation's own profile: its aandachtsfunctionarissen, and who takes
 * the step the situation is at (the profile's line for it). Plain text lines for the wijzer's summary,
 * on screen, printed and copied.
 */
export function organisationContacts(
  run: WijzerRun,
  profile: OrganisationProfile,
): { heading: string; lines: string[] } {
  const step = currentStep(run);
  const lines = profile.aandachtsfunctionarissen.map((person) =>
    fill(w.aandachtsfunctionaris, { person: personText(person) }),
  );
  const line = step && profile.stappen?.[step];
  if (step && line) lines.push(fill(w.stap, { n: step.slice(-1), line }));
  return { heading: fill(w.heading, { organisation: profile.organisatie }), lines };
}
