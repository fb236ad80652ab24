import { describe, expect, it } from 'vitest';
import { exportProgress, profileInFile, progressFileName } from '../../../modules/progress/progress-file.ts';
import { readProgress } from '../../../modules/progress/read-progress.ts';
import { answer, attempt, progress } from './helpers.ts';

describe('the progress file', () => {
  const saved = progress({
    lessons: ['onderwijs/les-a'],
    answers: {
      'onderwijs/les-a#vraag-1': {
        tries: 2,
        first: { options: ['b', 'a'], right: false, at: '2026-11-22T09:00:00.000Z' },
        last: { options: ['a'], right: true, at: '2026-11-22T09:01:00.000Z' },
      },
      'onderwijs/les-a#vraag-2': answer(['c'], '2026-11-22T09:02:00.000Z'),
      'onderwijs/les-a#vraag-3': {
        tries: 1,
        first: null,
        last: { options: ['d'], right: null, at: '2026-11-22T09:03:00.000Z' },
      },
    },
    seed: 4294967295,
    attempts: [attempt(10, [{ node: 'signalen', choice: 'noteren', at: '2026-11-22T09:11:00.000Z' }])],
    completed: { onderwijs: '2026-11-22T12:00:00.000Z' },
  });

  it('carries the voortgang marker and reads back with readProgress, unchanged', () => {
    const file = exportProgress(saved);
    expect(JSON.parse(file)).toMatchObject({ kind: 'voortgang', version: 3, seed: 4294967295 });
    expect(readProgress(file)).toEqual({ ok: true, value: saved });
  });

  it('carries the organisatieprofiel as its text, which readProgress passes over and profileInFile reads back', () => {
    const profile = 'organisatie: Basisschool De Linde\n# met een regel commentaar\n';
    const file = exportProgress(saved, profile);
    expect(JSON.parse(file)).toMatchObject({ kind: 'voortgang', organisatieprofiel: profile });
    expect(readProgress(file)).toEqual({ ok: true, value: saved });
    expect(profileInFile(file)).toEqual({ kind: 'text', text: profile });
    expect(profileInFile(exportProgress(saved))).toEqual({ kind: 'none' });
    expect('organisatieprofiel' in JSON.parse(exportProgress(saved))).toBe(false);
  });

  it('reports a profile field that holds no text, and reads nothing from a file that is no JSON', () => {
    for (const value of [42, null, { organisatie: 'De Linde' }, ['a']])
      expect(profileInFile(JSON.stringify({ ...saved, organisatieprofiel: value }))).toEqual({
        kind: 'broken',
      });
    expect(profileInFile('niet eens json')).toEqual({ kind: 'none' });
    expect(profileInFile('"tekst"')).toEqual({ kind: 'none' });
  });

  it('from before the tries were kept (version 1) still imports: its answers are to be answered again', () => {
    const old = {
      kind: 'voortgang',
      version: 1,
      lessons: [],
      answers: { 'onderwijs/les-a#vraag-1': { options: ['b'], at: '2026-11-22T09:00:00.000Z' } },
      attempts: [],
      completed: {},
    };
    expect(readProgress(`${JSON.stringify(old, null, 2)}\n`)).toEqual({
      ok: true,
      migratedFrom: 1,
      value: progress({
        answers: {
          'onderwijs/les-a#vraag-1': {
            tries: 1,
            first: null,
            last: { options: ['b'], right: null, at: '2026-11-22T09:00:00.000Z' },
          },
        },
      }),
    });
  });

  it("is named after what it is and the day it was made, on the learner's calendar", () => {
    expect(progressFileName(new Date(2026, 10, 22, 23, 30))).toBe('meldcode-voortgang-2026-11-22.json');
  });

  it('is refused with a plain reason when the learner picks another file', () => {
    expect(readProgress(JSON.stringify(attempt(10)))).toMatchObject({ ok: false, code: 'vreemd' });
  });
});
