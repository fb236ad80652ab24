import { describe, expect, it } from 'vitest';
import { attemptId, readAttempt, startAttempt } from '../../../modules/scoring/attempt.ts';
import { expertEvents } from './helpers.ts';

describe('readAttempt', () => {
  const v1 = {
    version: 1,
    caseId: 'geldig',
    caseVersion: 1,
    caseHash: `sha256:${'a'.repeat(64)}`,
    startedAt: '2026-11-22T09:00:00.000Z',
    events: expertEvents,
  };
  const attempt = { ...v1, kind: 'poging', version: 2, seed: 2718281828 };

  it('reads a current attempt, from JSON text or parsed', () => {
    expect(readAttempt(JSON.stringify(attempt))).toEqual({ ok: true, value: attempt });
    expect(readAttempt(attempt)).toEqual({ ok: true, value: attempt });
  });

  it('reads a version 1 attempt as shown in written order (seed null)', () => {
    expect(readAttempt(JSON.stringify(v1))).toEqual({
      ok: true,
      value: { ...v1, kind: 'poging', version: 2, seed: null },
      migratedFrom: 1,
    });
  });

  it('tells the learner to reload for an attempt from a newer version', () => {
    expect(readAttempt({ ...attempt, version: 3 })).toEqual({
      ok: false,
      code: 'toekomstig',
      message:
        'De poging komt uit een nieuwere versie van deze cursus (versie 3; deze pagina kent tot versie 2). Laad de pagina opnieuw, dan krijg je de nieuwste versie. Er is niets ingelezen en er is niets veranderd.',
    });
  });

  it('says in Dutch when an attempt is damaged', () => {
    expect(readAttempt({ ...attempt, events: [{ node: 'signalen' }] })).toEqual({
      ok: false,
      code: 'beschadigd',
      message:
        'De poging is beschadigd en kan niet worden gelezen (fout in "events.0.choice"). Er is niets ingelezen en er is niets veranderd.',
    });
    expect(readAttempt({ ...attempt, seed: 2 ** 32 })).toMatchObject({ code: 'beschadigd' });
    expect(readAttempt({ ...v1, caseHash: 'md5:x' })).toMatchObject({ code: 'beschadigd' });
  });

  it('refuses what is not an attempt', () => {
    expect(readAttempt('onzin')).toMatchObject({ ok: false, code: 'niet-leesbaar' });
    expect(readAttempt({ ...attempt, kind: 'certificaat' })).toMatchObject({ code: 'vreemd' });
    expect(readAttempt({ version: 1, learner: 'Sanne' })).toMatchObject({ code: 'vreemd' });
    // From version 2 on the marker is what makes an attempt an attempt.
    const { kind: _, ...unmarked } = attempt;
    expect(readAttempt(unmarked)).toMatchObject({ code: 'vreemd' });
  });
});

describe('an attempt', () => {
  it('starts empty at the current version with a random 32-bit seed', () => {
    const attempt = startAttempt({ id: 'geldig', version: 1 }, `sha256:${'a'.repeat(64)}`, new Date(0));
    expect(attempt).toMatchObject({
      kind: 'poging',
      version: 2,
      startedAt: '1970-01-01T00:00:00.000Z',
      events: [],
    });
    expect(readAttempt(attempt)).toEqual({ ok: true, value: attempt });
  });

  it('is known by its case, its start and its seed, however the start is written', () => {
    const start = { caseId: 'geldig', seed: 7 };
    expect(attemptId({ ...start, startedAt: '2026-11-22T09:00:00Z' })).toBe(
      attemptId({ ...start, startedAt: '2026-11-22T09:00:00.000Z' }),
    );
    expect(attemptId({ ...start, startedAt: '2026-11-22T09:00:00Z' })).not.toBe(
      attemptId({ ...start, seed: null, startedAt: '2026-11-22T09:00:00Z' }),
    );
  });
});
