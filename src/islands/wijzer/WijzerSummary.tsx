import { useEffect, useRef, useState } from 'preact/hooks';
import { summarizeWijzer, summaryText } from '../../../modules/wijzer/wijzer-summary.ts';
import type { WijzerRun } from '../../../modules/wijzer/wijzer-run.ts';
import type { OrganisationProfile } from '../../../modules/organisation/organisation-profile.schema.ts';
import { profileApplies } from '../../../modules/organisation/profile-applies.ts';
import { useOrganisationProfile } from '../use-organisation-profile.ts';
import { copyText } from './copy-text.ts';
import type { WijzerGroup, WijzerStrings } from './wijzer-types.ts';
import { buttonClass } from '../../lib/button-class.ts';

interface Props {
  strings: WijzerStrings;
  run: WijzerRun;
  group: WijzerGroup;
  /** Every group, to check a profile kept in this browser against. */
  groups: WijzerGroup[];
  /** The profile the site was built with, if any; else the one kept in this browser is used. */
  organisation?: OrganisationProfile;
  note: string;
  onNote: (note: string) => void;
}

/**
 * The dated summary for the dossier, with an optional note (no names), to copy or print; with the
 * organisation's profile it says whom to contact there next.
 */
export function WijzerSummary({ strings, run, group, groups, organisation, note, onNote }: Props) {
  const [date] = useState(() => new Date());
  const [copy, setCopy] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const fallback = useRef<HTMLTextAreaElement>(null);
  const profile = useOrganisationProfile(organisation, groups);
  const summary = summarizeWijzer(run, {
    groupName: group.name,
    questions: group.vragen,
    date,
    note,
    organisation: profile && profileApplies(profile, group.id) ? profile : undefined,
  });
  const text = summaryText(summary);
  useEffect(() => {
    if (copy === 'fallback') fallback.current?.select();
  }, [copy]);
  return (
    <section class="wijzer-summary" aria-labelledby="wijzer-summary-title">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="wijzer-summary-title" tabIndex={-1}>
        {summary.title}
      </h2>
      <p>{summary.made}</p>
      {summary.sections.map(({ heading, lines }) => (
        <>
          {heading && <h3 class="utrecht-heading-3 utrecht-heading-3--distanced">{heading}</h3>}
          <ul>
            {lines.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      ))}
      <div class="no-print utrecht-form-field utrecht-form-field--distanced">
        <label class="utrecht-form-field__label utrecht-form-label" for="wijzer-note">
          {strings['wijzer.note.label']}
        </label>
        <div id="wijzer-note-hint" class="utrecht-form-field__description utrecht-form-field-description">
          {strings['wijzer.note.hint']}
        </div>
        <textarea
          class="utrecht-form-field__input utrecht-textarea utrecht-textarea--html-textarea"
          id="wijzer-note"
          aria-describedby="wijzer-note-hint"
          rows={3}
          maxLength={2000}
          value={note}
          onInput={(e) => onNote(e.currentTarget.value)}
        />
      </div>
      <p class="no-print wijzer-actions">
        <button
          class={buttonClass('secondary')}
          type="button"
          onClick={async () => setCopy((await copyText(text)) ? 'copied' : 'fallback')}
        >
          {strings['wijzer.copy']}
        </button>
        <button class={buttonClass('secondary')} type="button" onClick={() => window.print()}>
          {strings['wijzer.print']}
        </button>
      </p>
      <div role="status" class="no-print">
        {copy === 'copied' && <p>{strings['wijzer.copied']}</p>}
        {copy === 'fallback' && <p>{strings['wijzer.copy.fallback']}</p>}
      </div>
      {copy === 'fallback' && (
        <div class="no-print utrecht-form-field utrecht-form-field--distanced">
          <label class="utrecht-form-field__label utrecht-form-label" for="wijzer-copy-text">
            {strings['wijzer.copy.fallbackLabel']}
          </label>
          <textarea
            class="utrecht-form-field__input utrecht-textarea utrecht-textarea--html-textarea"
            id="wijzer-copy-text"
            ref={fallback}
            readOnly
            rows={12}
            value={text}
          />
        </div>
      )}
    </section>
  );
}
