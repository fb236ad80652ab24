import {
  MAX_PROFILE_CHARS,
  organisationProfileSchema,
  type OrganisationProfile,
} from '../organisation/organisation-profile.schema.ts';
import { profileConflicts, type ProfileGroup } from '../organisation/profile-rules.ts';
import { describeIssue } from './describe-issue.ts';
import { parseYaml, type YamlIssue } from './parse-yaml.ts';

export type ParsedProfile = { ok: true; profile: OrganisationProfile } | { ok: false; issues: YamlIssue[] };

const REACH = ['telefoon', 'email', 'web', 'wanneer'];
/** The fields allowed at a place in a profile, for "did you mean" on a misspelt one. */
function known(path: (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(organisationProfileSchema.shape);
  if (path[0] === 'aandachtsfunctionarissen') return ['naam', 'rol', ...REACH];
  if (path[0] === 'collega') return ['naam', ...REACH];
  if (path[0] === 'meldcode') return ['link', 'waar'];
  if (path[0] === 'stappen') return ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'stap-5'];
  return [];
}

/**
 * Reads an organisatieprofiel (YAML, or JSON, which is YAML too) for the beroepsgroepen of this
 * course. Never throws: too large, malformed YAML, an unknown or broken field, or a conflict with the
 * meldcode (`profile-rules.ts`) gives the issues in Dutch, each with its line where it has one.
 */
export function parseOrganisationProfile(source: string, groups: readonly ProfileGroup[]): ParsedProfile {
  if (source.length > MAX_PROFILE_CHARS)
    return {
      ok: false,
      issues: [
        {
          message: `het profiel is te groot: ${source.length.toLocaleString('nl-NL')} tekens, hoogstens ${MAX_PROFILE_CHARS.toLocaleString('nl-NL')}. Een profiel noemt alleen namen, nummers en korte afspraken`,
        },
      ],
    };
  const parsed = parseYaml(source, {
    expected: 'een organisatieprofiel met velden zoals organisatie en aandachtsfunctionarissen',
  });
  if (!parsed.ok) return parsed;
  const at = (path: (string | number)[], message: string): YamlIssue => {
    // "het veld "naam" ontbreekt" names the field itself: only its parent goes in front.
    const place = message.includes(`"${String(path.at(-1))}"`) ? path.slice(0, -1) : path;
    return {
      line: parsed.lineOf(path),
      message: place.length > 0 ? `${place.join('.')}: ${message}` : message,
    };
  };
  const result = organisationProfileSchema.safeParse(parsed.data);
  if (!result.success)
    return {
      ok: false,
      issues: result.error.issues.map((issue) =>
        at(issue.path as (string | number)[], describeIssue(issue, known, false)),
      ),
    };
  const conflicts = profileConflicts(result.data, groups);
  if (conflicts.length > 0)
    return {
      ok: false,
      issues: conflicts.map(({ path, message }) => ({ line: parsed.lineOf(path), message })),
    };
  return { ok: true, profile: result.data };
}
