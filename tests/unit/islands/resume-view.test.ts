import { describe, expect, it } from 'vitest';
import { uiSection } from '../../../src/i18n/ui.ts';
import { resumeView } from '../../../src/islands/resume-view.ts';
import type { ResumeTargets } from '../../../src/lib/resume-targets.ts';

const strings = uiSection('resume.');
const targets: ResumeTargets = {
  groups: { onderwijs: 'Onderwijs' },
  lessons: { 'onderwijs/signalen': 'Signalen per leeftijd' },
  cases: { daan: ['onderwijs', 'Blauwe plekken bij Daan'] },
};
const at = '2026-11-22T09:00:00.000Z';

describe('resumeView ("verder waar je was")', () => {
  it('shows nothing without a place to resume', () => {
    expect(resumeView(null, targets, strings)).toBeNull();
  });

  it('links to the lesson or the case, with its title and module', () => {
    expect(
      resumeView({ kind: 'les', beroepsgroep: 'onderwijs', slug: 'signalen', at }, targets, strings),
    ).toEqual({
      href: '/onderwijs/signalen/',
      text: 'Les: Signalen per leeftijd (Onderwijs)',
    });
    expect(resumeView({ kind: 'casus', caseId: 'daan', at }, targets, strings)).toEqual({
      href: '/onderwijs/casussen/daan/',
      text: 'Casus: Blauwe plekken bij Daan (Onderwijs)',
    });
  });

  it('shows nothing for a lesson or case that is no longer in the course', () => {
    expect(
      resumeView({ kind: 'les', beroepsgroep: 'onderwijs', slug: 'weg', at }, targets, strings),
    ).toBeNull();
    expect(resumeView({ kind: 'casus', caseId: 'constructor', at }, targets, strings)).toBeNull();
  });
});
