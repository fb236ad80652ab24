import { describe, expect, it } from 'vitest';
import { moduleOutcome } from '../../../modules/lms/module-outcome.ts';
import { answerFromVersion1, type Progress } from '../../../modules/progress/progress.ts';
import { at, fullProgress, lmsModule } from './helpers.ts';

const key = 'onderwijs/melden#meldrecht';
const withAnswer = (answer: Progress['answers'][string]): Progress => ({
  ...fullProgress(),
  answers: { ...fullProgress().answers, [key]: answer },
});
const wrong = { options: ['ja'], right: false, at: at(3) };
const right = { options: ['nee'], right: true, at: at(4) };

describe('moduleOutcome', () => {
  it('is passed with every lesson read, every question answered right and the case passed', () => {
    expect(moduleOutcome(fullProgress(), lmsModule)).toMatchObject({
      finished: true,
      status: 'passed',
      progress: 100,
      score: 100,
    });
  });

  it('is not finished while a question is answered wrong, or kept from version 1 (not proven right)', () => {
    for (const answer of [
      { tries: 2, first: wrong, last: { ...wrong, at: at(5) } },
      answerFromVersion1({ options: ['nee'], at: at(3) }),
    ]) {
      const outcome = moduleOutcome(withAnswer(answer), lmsModule);
      expect(outcome).toMatchObject({ finished: false, status: 'incomplete' });
      expect(outcome.progress).toBeLessThan(100);
    }
    expect(moduleOutcome(withAnswer({ tries: 2, first: wrong, last: right }), lmsModule)).toMatchObject({
      finished: true,
      status: 'passed',
    });
  });

  it('scores a module without cases by the questions right at the first try', () => {
    const noCases = { ...lmsModule, cases: [] };
    expect(moduleOutcome(fullProgress([]), noCases).score).toBe(100);
    const secondTry = withAnswer({ tries: 2, first: wrong, last: right });
    expect(moduleOutcome({ ...secondTry, attempts: [] }, noCases)).toMatchObject({
      finished: true,
      score: 67,
    });
  });
});
