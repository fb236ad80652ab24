import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { viewCase } from '../../../modules/case/view-case.ts';
import { replayAttempt } from '../../../modules/scoring/replay-attempt.ts';
import { expertEvents, fixtureCase } from './helpers.ts';

const compiled = fixtureCase();

describe('resuming an attempt from its log', () => {
  it('returns to the node where the learner stopped, with the stappenplan as it was', () => {
    const snapshot = replayAttempt(compiled, expertEvents.slice(0, 2));
    expect(snapshot.value).toBe('gesprek');
    expect(snapshot.context.stappenplan.context).toMatchObject({
      signalenVastgelegd: true,
      overleg: ['aandachtsfunctionaris'],
    });
  });

  it('lets an actor carry on from the replayed snapshot to the ending', () => {
    const actor = createActor(compiled.machine, {
      snapshot: replayAttempt(compiled, expertEvents.slice(0, 2)),
    }).start();
    actor.send({ type: 'choice.select', choice: 'ja' });
    actor.send({ type: 'choice.select', choice: 'nee' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.stappenplan.value).toBe('afgesloten');
  });
});

describe('viewCase', () => {
  it('shows the first moment with its choices and no feedback yet', () => {
    const view = viewCase(compiled, replayAttempt(compiled, []));
    expect(view).toMatchObject({
      node: 'signalen',
      phase: 'stap-1',
      stap: 1,
      afweging: null,
      feedback: null,
      done: false,
    });
    expect(view.choices).toEqual([
      { id: 'noteren', label: 'Ik noteer wat ik zie.' },
      { id: 'niets', label: 'Ik doe niets.' },
    ]);
  });

  it('gives the feedback and rationale of the last choice', () => {
    const view = viewCase(compiled, replayAttempt(compiled, [{ node: 'signalen', choice: 'niets' }]));
    expect(view.node).toBe('signalen');
    expect(view.feedback).toEqual({
      label: 'Ik doe niets.',
      verdict: 'fout',
      feedback: 'Niet doen.',
      rationale: 'Stap 1.',
    });
  });

  it('places an afweging in its step and marks the ending', () => {
    expect(viewCase(compiled, replayAttempt(compiled, expertEvents.slice(0, 3)))).toMatchObject({
      stap: 4,
      afweging: 1,
    });
    expect(viewCase(compiled, replayAttempt(compiled, expertEvents))).toMatchObject({
      node: 'einde',
      done: true,
      choices: [],
    });
  });
});
