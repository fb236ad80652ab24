import { describe, expect, it } from 'vitest';
import type { CaseStatus, ModuleStatus } from '../../../modules/course/module-status.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import type { ModuleData } from '../../../src/lib/module-data.ts';
import {
  caseTexts,
  dutchDate,
  itemTexts,
  lessonText,
  remainingText,
  summaryText,
} from '../../../src/islands/progress-texts.ts';

const strings = uiSection('progress.');
const data = {
  id: 'onderwijs',
  name: 'Onderwijs',
  lessons: [],
  cases: [
    { id: 'daan', title: 'Blauwe plekken bij Daan' },
    { id: 'aylin', title: 'Aylin na de zomervakantie' },
  ],
} as unknown as ModuleData;
const caseStatus = (parts: Partial<CaseStatus>): CaseStatus => ({
  id: 'daan',
  state: 'niet-gestart',
  best: null,
  bestAttempt: null,
  attempts: 0,
  older: 0,
  unreadable: 0,
  ...parts,
});

function status(remaining: ModuleStatus['remaining']): ModuleStatus {
  return {
    id: 'onderwijs',
    lessons: [],
    cases: [],
    totals: {
      lessonsRead: 5,
      lessons: 7,
      right: 20,
      questions: 23,
      casesFinished: 2,
      casesPassed: 1,
      cases: 3,
    },
    remaining,
    finished: false,
    complete: false,
    completedAt: null,
    score: 60,
    progress: 80,
  };
}

describe('the status texts of a module page', () => {
  it('say per lesson whether it was read, and how many questions were answered right, in words', () => {
    expect(lessonText({ slug: 'a', read: false, right: 0, firstTry: 0, questions: 3 }, strings)).toBe(
      'Voortgang: Nog niet gestart',
    );
    expect(lessonText({ slug: 'a', read: true, right: 2, firstTry: 1, questions: 3 }, strings)).toBe(
      'Voortgang: Gelezen, 2 van 3 kennisvragen goed beantwoord',
    );
  });

  it('say per case niet gestart, bezig, or klaar with the points and pass or fail', () => {
    expect(caseTexts(caseStatus({}), strings)).toEqual(['Voortgang: Nog niet gestart']);
    expect(caseTexts(caseStatus({ state: 'bezig', attempts: 1 }), strings)).toEqual(['Voortgang: Bezig']);
    const passed = { total: 18, max: 20, percentage: 90, passed: true, complete: true, critical: [] };
    expect(caseTexts(caseStatus({ state: 'klaar', best: passed }), strings)).toEqual([
      'Voortgang: Klaar — 18 van 20 punten, gehaald',
    ]);
    expect(
      caseTexts(caseStatus({ state: 'klaar', best: { ...passed, total: 9, passed: false } }), strings),
    ).toEqual(['Voortgang: Klaar — 9 van 20 punten, niet gehaald']);
  });

  it('say when attempts at an older version, or unreadable ones, do not count', () => {
    expect(caseTexts(caseStatus({ older: 1 }), strings)[1]).toBe(
      '1 poging met een oudere versie van deze casus telt niet mee.',
    );
    expect(caseTexts(caseStatus({ older: 2, unreadable: 1 }), strings).slice(1)).toEqual([
      '2 pogingen met een oudere versie van deze casus tellen niet mee.',
      'Een of meer pogingen konden niet worden gelezen en tellen niet mee.',
    ]);
  });

  it('key every lesson and case for its own island', () => {
    const texts = itemTexts(
      {
        ...status({ lessons: [], questions: 0, cases: [] }),
        lessons: [{ slug: 'signalen', read: true, right: 0, firstTry: 0, questions: 2 }],
        cases: [caseStatus({})],
      },
      strings,
    );
    expect(Object.keys(texts)).toEqual(['les:signalen', 'casus:daan']);
  });

  it('sum up the module and list what remains as one Dutch sentence', () => {
    const s = status({ lessons: ['a', 'b'], questions: 3, cases: ['daan', 'aylin'] });
    expect(summaryText(s, strings)).toBe(
      '5 van 7 lessen gelezen, 20 van 23 kennisvragen goed beantwoord en 1 van 3 casussen gehaald.',
    );
    expect(remainingText(s, data, strings)).toBe(
      'Nog te doen: 2 lessen lezen, 3 kennisvragen goed beantwoorden, casus “Blauwe plekken bij Daan” halen en casus “Aylin na de zomervakantie” halen.',
    );
    expect(remainingText(status({ lessons: ['a'], questions: 1, cases: [] }), data, strings)).toBe(
      'Nog te doen: 1 les lezen en 1 kennisvraag goed beantwoorden.',
    );
    expect(remainingText(status({ lessons: [], questions: 0, cases: ['daan'] }), data, strings)).toBe(
      'Nog te doen: casus “Blauwe plekken bij Daan” halen.',
    );
    expect(remainingText(status({ lessons: [], questions: 0, cases: [] }), data, strings)).toBeNull();
  });

  it('write a date as Dutch readers do, on the Dutch calendar day', () => {
    expect(dutchDate('2026-11-22T23:30:00.000Z')).toBe('23 november 2026');
  });
});
