import type { FileProfile } from '../../modules/progress/progress-file.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { readStoredProfile, storedOrganisationName, storeProfile } from '../storage/organisation-store.ts';

/**
 * The organisatieprofiel a progress file carries, brought into this browser after the progress itself:
 * checked with the same rules as on /bij-ons/ (the checker loads only for a file that has one). It is
 * kept only where this browser holds none, so an import never replaces the profile chosen here. Says
 * in plain Dutch what happened; '' when there is nothing to say. Never throws.
 */
export async function importProfile(
  found: FileProfile,
  groups: readonly ProfileGroup[],
  strings: UiSection<'myProgress.import.'>,
  storage: () => Storage = () => globalThis.localStorage,
): Promise<string> {
  if (found.kind === 'none') return '';
  if (found.kind === 'broken') return strings['myProgress.import.profile.noText'];
  const here = readStoredProfile(storage);
  if (here === found.text) return '';
  const { parseOrganisationProfile } = await import('../../modules/authoring/parse-organisation-profile.ts');
  const parsed = parseOrganisationProfile(found.text, groups);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) =>
      issue.line
        ? `${strings['myProgress.import.profile.line']} ${issue.line}: ${issue.message}`
        : issue.message,
    );
    return format(strings['myProgress.import.profile.refused'], { issues: issues.join('; ') });
  }
  const organisation = parsed.profile.organisatie;
  if (here !== null)
    return format(strings['myProgress.import.profile.kept'], {
      organisation,
      current: storedOrganisationName(storage) ?? strings['myProgress.import.profile.other'],
    });
  try {
    storeProfile(found.text, parsed.profile, storage);
  } catch {
    return strings['myProgress.import.profile.notSaved'];
  }
  return format(strings['myProgress.import.profile.saved'], { organisation });
}
