import { describe, expect, it } from 'vitest';
import { fitSuspendData } from '../../../modules/lms/fit-suspend-data.ts';
import { moduleOutcome } from '../../../modules/lms/module-outcome.ts';
import { expertEvents } from '../scoring/helpers.ts';
import { attemptAt, failingEvents, fullProgress, lmsModule } from './helpers.ts';

describe('fitting suspend_data', () => {
  const progress = fullProgress([
    attemptAt(10, failingEvents),
    attemptAt(30, expertEvents),
    attemptAt(50, expertEvents),
    attemptAt(70, expertEvents.slice(0, 1)),
  ]);
  const outcome = moduleOutcome(progress, lmsModule);
  const whole = fitSuspendData(progress, lmsModule, outcome, 100_000);
  if (!whole.ok) throw new Error('does not fit');

  it('at exactly its length: everything, nothing left out', () => {
    expect(fitSuspendData(progress, lmsModule, outcome, whole.value.length)).toEqual(whole);
    expect(whole.leftOut).toEqual([]);
  });

  it('one character shorter: the oldest finished attempt of the passed case goes first, the best pass and the unfinished stay', () => {
    const fit = fitSuspendData(progress, lmsModule, outcome, whole.value.length - 1);
    expect(fit.ok && fit.leftOut).toEqual([`geldig@${Date.parse(progress.attempts[0].startedAt)}#17`]);
  });

  it('never leaves out the best passing attempt or an unfinished one', () => {
    const fit = fitSuspendData(progress, lmsModule, outcome, 60);
    expect(fit).toMatchObject({ ok: false, limit: 60 });
  });
});
