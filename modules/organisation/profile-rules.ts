import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { didYouMean } from '../case/case-issue.ts';
import type { OrganisationProfile } from './organisation-profile.schema.ts';

/** A beroepsgroep as the rules need it. */
export interface ProfileGroup {
  id: string;
  sector: Sector;
}

/** One conflict with the meldcode, at a place in the profile, in plain Dutch. */
export interface ProfileConflict {
  path: (string | number)[];
  message: string;
}

/** Who a suspected staff member is reported to, per sector where that route is the law. */
const COLLEGA_ROUTE: Partial<Record<Sector, { who: RegExp; message: string }>> = {
  kinderopvang: {
    who: /\bhouder\b/i,
    message:
      'in de kinderopvang meld je een vermoeden tegen een collega altijd bij de houder (Wet kinderopvang). Noem de houder bij collega.naam',
  },
  onderwijs: {
    who: /\bbevoegd gezag\b|\bschoolbestuur\b|\bbestuur\b/i,
    message:
      'in het onderwijs meld je een vermoeden van een zedendelict door een collega direct bij het bevoegd gezag (het schoolbestuur); alleen de directie is niet genoeg. Noem het bevoegd gezag bij collega.naam',
  },
};

/** A step that is left out: the meldcode asks for all five. */
const SKIPPED =
  /\b(overslaan|slaan we over|sla(at)? (je|we)? ?over|vervalt|niet nodig|geen overleg|niemand)\b/i;
/** A local agreement that takes away the decision to report. */
const NO_REPORT = /\b(nooit|niet|geen)\s+(melden|melding|meldingen)\b/i;
/** An agreement that makes a report wait for someone's consent. */
const CONSENT_REQUIRED =
  /\b(alleen|pas)\b[^.]*\btoestemming\b|\btoestemming\b[^.]*\b(nodig|vereist|verplicht)\b/i;

/**
 * Where a profile contradicts the meldcode, as far as a text can show it: a beroepsgroep that does
 * not exist; the route for a suspected colleague missing where the law sets it, sent to someone else
 * than the houder (kinderopvang) or the bevoegd gezag (onderwijs), or given where it does not apply;
 * a step that is skipped; an agreement that forbids reporting or makes it wait for consent (the
 * meldrecht needs none). Names and local routes are the organisation's own and are not judged.
 */
export function profileConflicts(
  profile: OrganisationProfile,
  groups: readonly ProfileGroup[],
): ProfileConflict[] {
  const conflicts: ProfileConflict[] = [];
  const known = groups.map((g) => g.id);
  const chosen = profile.beroepsgroepen.flatMap((id, i) => {
    const group = groups.find((g) => g.id === id);
    if (!group)
      conflicts.push({
        path: ['beroepsgroepen', i],
        message: `"${id}" is geen beroepsgroep van deze cursus${didYouMean(id, known)}`,
      });
    return group ? [group] : [];
  });

  const routes = [...new Set(chosen.map((g) => g.sector))].flatMap((sector) => COLLEGA_ROUTE[sector] ?? []);
  if (routes.length > 0 && !profile.collega)
    conflicts.push({
      path: ['collega'],
      message:
        'collega ontbreekt: bij een vermoeden tegen een collega geldt in jullie sector een wettelijke route. Zeg wie dat is en hoe je die bereikt',
    });
  if (profile.collega) {
    if (routes.length === 0)
      conflicts.push({
        path: ['collega'],
        message:
          'collega hoort hier niet: de wettelijke route bij een vermoeden tegen een collega geldt alleen in de kinderopvang en het onderwijs',
      });
    for (const route of routes)
      if (!route.who.test(profile.collega.naam))
        conflicts.push({ path: ['collega', 'naam'], message: route.message });
  }

  for (const [key, line] of Object.entries(profile.stappen ?? {}))
    if (line && SKIPPED.test(line))
      conflicts.push({
        path: ['stappen', key],
        message: `${key}: een stap overslaan kan niet, de meldcode vraagt alle vijf de stappen. Schrijf op wie deze stap bij jullie zet`,
      });

  const agreements = [
    ...Object.entries(profile.stappen ?? {}).map(([key, line]) => [['stappen', key], line] as const),
    ...(profile.afspraken ?? []).map((line, i) => [['afspraken', i], line] as const),
  ];
  for (const [path, line] of agreements) {
    if (!line) continue;
    if (NO_REPORT.test(line))
      conflicts.push({
        path: [...path],
        message:
          'deze afspraak verbiedt een melding. Dat kan niet: of je meldt, beslis je met de afwegingen van de meldcode',
      });
    else if (CONSENT_REQUIRED.test(line) && /meld/i.test(line))
      conflicts.push({
        path: [...path],
        message:
          'voor een melding bij Veilig Thuis is geen toestemming nodig, niet van de cliënt en niet van een leidinggevende: je hebt meldrecht. Schrijf op wie je informeert, niet wie toestemming geeft',
      });
  }
  return conflicts;
}
