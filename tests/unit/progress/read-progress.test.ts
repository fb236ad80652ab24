import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../modules/progress/read-progress.ts';
import { answer as checked, attempt, progress } from './helpers.ts';

const answer = checked(['nee'], '2026-11-22T09:05:00.000Z');
const full = progress({
  lessons: ['onderwijs/medewerker-als-verdachte', 'onderwijs/stappenplan-en-afwegingskader'],
  answers: { 'onderwijs/stappenplan-en-afwegingskader#meldrecht': answer },
  attempts: [attempt(10, [{ node: 'signalen', choice: 'noteren' }]), attempt(20)],
  completed: { onderwijs: '2026-11-22T10:00:00.000Z' },
  seed: 3141592653,
});

describe('readProgress', () => {
  it('reads current progress from JSON text or parsed', () => {
    expect(readProgress(JSON.stringify(full))).toEqual({ ok: true, value: full });
    expect(readProgress(full)).toEqual({ ok: true, value: full });
  });

  it('migrates version 1 attempts inside the progress on their own', () => {
    const { kind: _, seed: __, ...old } = attempt(10);
    const read = readProgress({ ...full, attempts: [{ ...old, version: 1 }] });
    expect(read).toMatchObject({ ok: true, value: { attempts: [{ ...attempt(10), seed: null }] } });
  });

  it('keeps what is whole and says in Dutch how much was left out', () => {
    const damaged = {
      ...full,
      lessons: [...full.lessons, 'Geen Sleutel'],
      answers: {
        ...full.answers,
        'onderwijs/les#vraag': { ...answer, last: { ...answer.last, at: 'gisteren' } },
        'onderwijs/les#vraag-2': { options: ['ja'], at: '2026-11-22T09:05:00.000Z' },
      },
      attempts: [...full.attempts, { ...attempt(30), events: [{ node: 'signalen' }] }, 'onzin'],
    };
    expect(readProgress(damaged)).toEqual({
      ok: true,
      value: full,
      dropped: { lessons: 1, answers: 2, attempts: 2, completed: 0 },
      notice:
        'Een deel van je voortgang was beschadigd: 1 gelezen les, 2 antwoorden en 2 pogingen konden niet worden gelezen en zijn weggelaten. De rest van je voortgang is bewaard.',
    });
    expect(readProgress({ ...full, completed: [] })).toMatchObject({
      value: { ...full, completed: {} },
      notice:
        'Een deel van je voortgang was beschadigd: 1 afgeronde module kon niet worden gelezen en is weggelaten. De rest van je voortgang is bewaard.',
    });
  });

  it('sorts lessons and folds copies of one attempt into the fuller one', () => {
    const read = readProgress({
      ...full,
      lessons: [...full.lessons].reverse(),
      attempts: [attempt(10), ...full.attempts],
    });
    expect(read).toEqual({ ok: true, value: full });
  });

  it('refuses the whole record when an attempt in it comes from a newer version, so nothing is lost on save', () => {
    expect(readProgress({ ...full, attempts: [{ ...attempt(10), version: 3 }] })).toEqual({
      ok: false,
      code: 'toekomstig',
      message:
        'Je voortgang bevat een poging uit een nieuwere versie van deze cursus. Laad de pagina opnieuw, dan krijg je de nieuwste versie. Er is niets ingelezen en er is niets veranderd.',
    });
  });

  it('refuses progress from a newer version, foreign data and text that is not JSON', () => {
    expect(readProgress({ ...full, version: 4 })).toMatchObject({ ok: false, code: 'toekomstig' });
    expect(readProgress(attempt(10))).toMatchObject({
      ok: false,
      code: 'vreemd',
      message:
        'Dit is geen voortgang van Werken met de meldcode. Er is niets ingelezen en er is niets veranderd. Kies het juiste bestand.',
    });
    expect(readProgress('{"kind":"voortgang"')).toMatchObject({ ok: false, code: 'niet-leesbaar' });
  });

  it('reads a record with missing sections as empty ones', () => {
    expect(readProgress({ kind: 'voortgang', version: 3 })).toEqual({ ok: true, value: progress() });
  });

  it('leaves out a broken seed without a word: a new one is made when a check needs it', () => {
    expect(readProgress({ ...full, seed: -1 })).toEqual({ ok: true, value: { ...full, seed: undefined } });
    expect(readProgress({ ...full, seed: 'zeven' })).toEqual({
      ok: true,
      value: { ...full, seed: undefined },
    });
  });
});

describe('readProgress of a version 1 record', () => {
  const at = '2026-11-22T09:05:00.000Z';
  const v1 = {
    kind: 'voortgang',
    version: 1,
    lessons: ['onderwijs/stappenplan-en-afwegingskader'],
    answers: { 'onderwijs/stappenplan-en-afwegingskader#meldrecht': { options: ['ja', 'nee'], at } },
    attempts: [attempt(10)],
    completed: { onderwijs: '2026-11-22T10:00:00.000Z' },
  };

  it('keeps each answer as answered but not proven right: tries 1, first try and right unknown', () => {
    expect(readProgress(JSON.stringify(v1))).toEqual({
      ok: true,
      migratedFrom: 1,
      value: progress({
        lessons: v1.lessons,
        answers: {
          'onderwijs/stappenplan-en-afwegingskader#meldrecht': {
            tries: 1,
            first: null,
            last: { options: ['ja', 'nee'], right: null, at },
          },
        },
        attempts: v1.attempts,
        completed: v1.completed,
      }),
    });
  });

  it('reads without sections, and leaves out a broken version 1 answer with a plain Dutch notice', () => {
    expect(readProgress({ kind: 'voortgang', version: 1 })).toEqual({
      ok: true,
      migratedFrom: 1,
      value: progress(),
    });
    const broken = {
      ...v1,
      answers: { ...v1.answers, 'onderwijs/les#vraag': { options: [], at: 'gisteren' } },
    };
    expect(readProgress(broken)).toMatchObject({
      ok: true,
      migratedFrom: 1,
      value: { answers: { 'onderwijs/stappenplan-en-afwegingskader#meldrecht': { first: null } } },
      notice:
        'Een deel van je voortgang was beschadigd: 1 antwoord kon niet worden gelezen en is weggelaten. De rest van je voortgang is bewaard.',
    });
    expect(readProgress({ ...v1, answers: 'kapot' })).toMatchObject({ ok: true, dropped: { answers: 1 } });
  });

  it('never crashes on odd answers, and says in Dutch what is wrong with a record it cannot read', () => {
    for (const answers of [null, [], 7, { 'onderwijs/les#vraag': null }, { 'onderwijs/les#vraag': [] }]) {
      expect(readProgress({ ...v1, answers }).ok).toBe(true);
    }
    expect(readProgress({ ...v1, version: 0 })).toMatchObject({
      ok: false,
      code: 'beschadigd',
      message: expect.stringMatching(/^[A-Z].*voortgang/),
    });
  });
});
