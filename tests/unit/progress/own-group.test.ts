import { describe, expect, it } from 'vitest';
import { ownGroup } from '../../../modules/progress/own-group.ts';
import { recordAnswer } from '../../../modules/progress/progress-changes.ts';
import { attempt, progress } from './helpers.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute));
const cases = { geldig: 'zorg' };
const answered = (p: ReturnType<typeof progress>, key: string, minute: number) =>
  recordAnswer(p, key, { options: ['x'], right: false }, at(minute));

describe("ownGroup (the learner's own beroepsgroep, for search)", () => {
  it('is nothing without work, or with work only in the basis module', () => {
    expect(ownGroup(progress(), cases, ['basis'])).toBeNull();
    expect(ownGroup(answered(progress(), 'basis/vijf-stappen#a', 5), cases, ['basis'])).toBeNull();
  });

  it('is the module of the latest answer, leaving the basis module out', () => {
    let p = answered(progress(), 'onderwijs/signalen#a', 10);
    p = answered(p, 'basis/vijf-stappen#b', 40);
    expect(ownGroup(p, cases, ['basis'])).toBe('onderwijs');
    p = answered(p, 'kinderopvang/signalen#c', 20);
    expect(ownGroup(p, cases, ['basis'])).toBe('kinderopvang');
  });

  it('counts a case attempt by its module, when that is later', () => {
    const p = answered(progress({ attempts: [attempt(30)] }), 'onderwijs/signalen#a', 10);
    expect(ownGroup(p, cases, ['basis'])).toBe('zorg');
    // A case whose module is not known (removed from the course) is left out.
    expect(ownGroup(p, {}, ['basis'])).toBe('onderwijs');
  });
});
