import { describe, expect, it } from 'vitest';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { ReplayError } from '../../../modules/scoring/replay-attempt.ts';
import { maxScore, scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { expertEvents, fixtureCase } from './helpers.ts';

const compiled = fixtureCase();

describe('scoreAttempt', () => {
  it('follows the expert route to the maximum score', () => {
    expect(expertPath(compiled)).toEqual(expertEvents);
    expect(maxScore(compiled)).toBe(8);
    const score = scoreAttempt(compiled, expertEvents);
    expect(score).toMatchObject({ total: 8, max: 8, percentage: 100, passed: true, complete: true });
  });

  it('counts only the first choice at a node; a second try earns nothing', () => {
    const events = [{ node: 'signalen', choice: 'niets' }, ...expertEvents];
    const score = scoreAttempt(compiled, events);
    expect(score.total).toBe(6);
    expect(score.decisions.slice(0, 2)).toEqual([
      { node: 'signalen', phase: 'stap-1', choice: 'niets', verdict: 'fout', score: 0, firstTry: true },
      { node: 'signalen', phase: 'stap-1', choice: 'noteren', verdict: 'goed', score: 0, firstTry: false },
    ]);
  });

  it('gives a verdict per step and afweging from the first choices', () => {
    const events = [
      { node: 'signalen', choice: 'niets' },
      expertEvents[0],
      { node: 'overleg', choice: 'vt' },
      ...expertEvents.slice(1),
    ];
    expect(scoreAttempt(compiled, events).phases).toEqual([
      { phase: 'stap-1', score: 0, max: 2, verdict: 'fout' },
      { phase: 'stap-2', score: 1, max: 2, verdict: 'deels-goed' },
      { phase: 'stap-3', score: 2, max: 2, verdict: 'goed' },
      { phase: 'afweging-1', score: 2, max: 2, verdict: 'goed' },
    ]);
  });

  it('fails an attempt below the pass percentage', () => {
    const events = [
      { node: 'signalen', choice: 'niets' },
      expertEvents[0],
      { node: 'overleg', choice: 'vt' },
      expertEvents[1],
      { node: 'gesprek', choice: 'nee' },
      ...expertEvents.slice(2),
    ];
    expect(scoreAttempt(compiled, events)).toMatchObject({
      total: 3,
      percentage: 38,
      passed: false,
      complete: true,
    });
  });

  it('does not pass an attempt that has not reached an ending, even with full marks so far', () => {
    expect(scoreAttempt(compiled, expertEvents.slice(0, 3))).toMatchObject({
      total: 6,
      complete: false,
      passed: false,
    });
  });

  it('gives the same result every time the same log is replayed', () => {
    expect(scoreAttempt(compiled, expertEvents)).toEqual(scoreAttempt(compiled, [...expertEvents]));
  });
});

describe('a log that does not fit the case is reported, not scored', () => {
  it('rejects an event at the wrong node', () => {
    expect(() => scoreAttempt(compiled, [expertEvents[1]])).toThrow(
      new ReplayError(0, 'verwacht moment "signalen", maar het logboek noemt "overleg".'),
    );
  });

  it('rejects a choice that does not exist', () => {
    expect(() => scoreAttempt(compiled, [{ node: 'signalen', choice: 'verzonnen' }])).toThrow(
      'Keuze 1 in het logboek past niet bij deze casus: keuze "verzonnen" is hier niet mogelijk.',
    );
  });

  it('rejects choices after the ending', () => {
    expect(() => scoreAttempt(compiled, [...expertEvents, expertEvents[0]])).toThrow(
      'de casus was al afgelopen.',
    );
  });
});
