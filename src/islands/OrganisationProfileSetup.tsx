import { useEffect, useState } from 'preact/hooks';
import type { YamlIssue } from '../../modules/authoring/parse-yaml.ts';
import type { OrganisationProfile } from '../../modules/organisation/organisation-profile.schema.ts';
import { MAX_PROFILE_CHARS } from '../../modules/organisation/profile-size.ts';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import { OrganisationProfileView } from '../components/OrganisationProfileView.tsx';
import type { UiSection } from '../i18n/ui.ts';
import { buttonClass } from '../lib/button-class.ts';
import { profileFromHash } from '../lib/profile-from-hash.ts';
import { readStoredProfile, removeStoredProfile, storeProfile } from '../storage/organisation-store.ts';

interface Props {
  groups: ProfileGroup[];
  strings: UiSection<'bijOns.'>;
}

/** The checker (YAML reader and schema), loaded only once there is a profile to check. */
const loadChecker = () => import('../../modules/authoring/parse-organisation-profile.ts');

type State =
  | { kind: 'none' }
  | { kind: 'stored'; profile: OrganisationProfile }
  | { kind: 'storedBroken'; issues: YamlIssue[] }
  | { kind: 'preview'; profile: OrganisationProfile; text: string }
  | { kind: 'refused'; issues: YamlIssue[] };

/**
 * /bij-ons/: the professional adds the organisatieprofiel their organisation gave them, as a file or
 * as a link (its data after `#`, which a browser never sends to a server). It is checked, shown, and
 * kept only after "Bewaar" and only in this browser; it can be removed. A stored profile that no longer
 * passes the checks is reported, not dropped: the learner sees why and can remove or replace it. The
 * checker loads only when there is a profile to check (a file, a link or a stored one).
 */
export default function OrganisationProfileSetup({ groups, strings }: Props) {
  const [state, setState] = useState<State>({ kind: 'none' });
  const [message, setMessage] = useState('');
  const check = async (text: string): Promise<State> => {
    const parsed = (await loadChecker()).parseOrganisationProfile(text, groups);
    return parsed.ok
      ? { kind: 'preview', profile: parsed.profile, text }
      : { kind: 'refused', issues: parsed.issues };
  };
  useEffect(() => {
    const fromLink = profileFromHash(location.hash);
    if (fromLink === '') setState({ kind: 'refused', issues: [{ message: strings['bijOns.link.broken'] }] });
    else if (fromLink !== undefined) void check(fromLink).then(setState);
    else {
      const stored = readStoredProfile();
      if (stored === null) return;
      void loadChecker().then(({ parseOrganisationProfile }) => {
        const parsed = parseOrganisationProfile(stored, groups);
        setState(
          parsed.ok
            ? { kind: 'stored', profile: parsed.profile }
            : { kind: 'storedBroken', issues: parsed.issues },
        );
      });
    }
  }, []);

  const pick = async (file: File | undefined) => {
    setMessage('');
    if (!file) return;
    // Measured before reading: a large file is refused unread (a character is at most 4 bytes).
    if (file.size > MAX_PROFILE_CHARS * 4) {
      setState({ kind: 'refused', issues: [{ message: strings['bijOns.tooLarge'] }] });
      return;
    }
    setState(await check(await file.text()));
  };
  const save = (text: string, profile: OrganisationProfile) => {
    try {
      storeProfile(text, profile);
      setState({ kind: 'stored', profile });
      setMessage(strings['bijOns.saved']);
    } catch {
      setMessage(strings['bijOns.notSaved']);
    }
  };
  const remove = () => {
    removeStoredProfile();
    setState({ kind: 'none' });
    setMessage(strings['bijOns.removed']);
  };

  return (
    <div class="bij-ons-setup">
      <div class="utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="profiel-kiezen">
          {strings['bijOns.pick']}
        </label>
        <input
          class="utrecht-form-field__input"
          id="profiel-kiezen"
          type="file"
          accept=".yaml,.yml,.json,text/yaml,application/json"
          onChange={(event) => void pick(event.currentTarget.files?.[0])}
        />
      </div>
      <p role="status">{message}</p>
      {(state.kind === 'refused' || state.kind === 'storedBroken') && (
        <div role="alert">
          <p>{state.kind === 'refused' ? strings['bijOns.refused'] : strings['bijOns.storedBroken']}</p>
          <ul>
            {state.issues.map((issue) => (
              <li>
                {issue.line ? `${strings['bijOns.line']} ${issue.line}: ${issue.message}` : issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'preview' && (
        <>
          <p>{strings['bijOns.preview']}</p>
          <OrganisationProfileView profile={state.profile} strings={strings} />
          <p>
            <button
              type="button"
              class={buttonClass('primary')}
              onClick={() => save(state.text, state.profile)}
            >
              {strings['bijOns.save']}
            </button>
          </p>
        </>
      )}
      {state.kind === 'stored' && <OrganisationProfileView profile={state.profile} strings={strings} />}
      {(state.kind === 'stored' || state.kind === 'storedBroken') && (
        <p>
          <button type="button" class={buttonClass('secondary')} onClick={remove}>
            {strings['bijOns.remove']}
          </button>
        </p>
      )}
    </div>
  );
}
