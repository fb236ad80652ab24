import { describe, expect, it } from 'vitest';
import { readAttempt } from '../../../modules/scoring/attempt.ts';
import { canonicalJson, hashCase } from '../../../modules/scoring/hash-case.ts';
import { expertEvents, fixtureCase } from './helpers.ts';

const compiled = fixtureCase();

describe('hashCase', () => {
  it('is a stable SHA-256 of the content, whatever the key order', async () => {
    const hash = await hashCase(compiled.def);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(compiled.def).reverse()) as typeof compiled.def;
    expect(await hashCase(reordered)).toBe(hash);
  });

  it('changes when a score changes', async () => {
    const changed = structuredClone(compiled.def);
    changed.nodes[0].choices![0].score = 3;
    expect(await hashCase(changed)).not.toBe(await hashCase(compiled.def));
  });

  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x', e: undefined })).toBe(
      '{"a":"x","b":[{"c":2,"d":1}]}',
    );
  });
});

describe('readAttempt', () => {
  const attempt = {
    version: 1,
    caseId: 'geldig',
    caseVersion: 1,
    caseHash: `sha256:${'a'.repeat(64)}`,
    startedAt: '2026-11-22T09:00:00.000Z',
    events: expertEvents,
  };

  it('reads a stored attempt', () => {
    expect(readAttempt(JSON.parse(JSON.stringify(attempt)))).toEqual(attempt);
  });

  it('says in Dutch when an attempt comes from a newer version', () => {
    expect(() => readAttempt({ ...attempt, version: 2 })).toThrow(
      'Deze poging komt uit een nieuwere versie (2) van de cursus.',
    );
  });

  it('says in Dutch when an attempt is damaged', () => {
    expect(() => readAttempt({ ...attempt, events: [{ node: 'signalen' }] })).toThrow(
      'De poging is beschadigd en kan niet worden gelezen.',
    );
    expect(() => readAttempt('onzin')).toThrow('Dit is geen poging: het versienummer ontbreekt.');
  });
});
