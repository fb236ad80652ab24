import { describe, expect, it } from 'vitest';
import { hashCaseSync } from '../../../modules/authoring/hash-case-sync.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { actionEvents } from '../../../modules/case/case-action.ts';
import { viewRun } from '../../../modules/case-run/case-run.ts';
import { compilePlayableCase, type PlayableCase } from '../../../modules/case-run/playable-case.ts';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { attemptId, startAttempt, type Attempt } from '../../../modules/scoring/attempt.ts';
import { uiSection } from '../../../src/i18n/ui.ts';
import { planStart, withAttempt } from '../../../src/islands/case-attempts.ts';
import { earlierAttempts } from '../../../src/islands/earlier-attempts.ts';
import { reviewMoment } from '../../../src/islands/case-review.ts';
import * as player from '../../../src/islands/player-state.ts';
import { attemptLine, otherVersionsLine } from '../../../src/islands/attempt-lines.ts';
import { formatWhen, paragraphs } from '../../../src/islands/player-text.ts';

const root = new URL('../case/fixtures/', import.meta.url).pathname;
const loaded = loadContent(root, ['content/casussen/onderwijs/geldig.yaml']).cases[0]!;
const playable: PlayableCase = {
  def: loaded.compiled.def,
  sector: loaded.compiled.input.sector,
  passPercentage: 70,
  hash: hashCaseSync(loaded.authored),
  events: actionEvents(loaded.compiled.def),
};
const compiled = compilePlayableCase(playable);
const strings = { ...uiSection('player.'), ...uiSection('diagram.') };
const expert = ['noteren', 'collega', 'ja', 'nee'];

/** Plays choices from a fresh state with a fixed seed and clock; returns the states and what was saved. */
function play(choices: string[], state = player.startState(compiled, playable, [], 42)) {
  const saved: Attempt[] = [];
  choices.forEach((choice, i) => {
    const made = player.choose(state, playable, choice, new Date(Date.UTC(2026, 10, 22, 9, i)));
    if (!made) throw new Error(`refused ${choice}`);
    saved.push(made.save);
    state = player.proceed(made.state);
  });
  return { state, saved };
}

describe('the player state', () => {
  it('waits for stored progress on the first render, then starts a fresh run with its own seed', () => {
    const loading = player.loadingState(compiled);
    expect(loading.screen).toBe('loading');
    const fresh = player.startState(compiled, playable, [], 7);
    expect(fresh).toMatchObject({ screen: 'moment', attempt: null, start: null, focus: 0 });
    expect(fresh.run.seed).toBe(7);
  });

  it('creates the attempt on the first choice with the run seed, and saves the whole log after each', () => {
    const { saved } = play(['niets', 'noteren']);
    expect(saved[0]).toMatchObject({
      caseId: 'geldig',
      caseHash: playable.hash,
      seed: 42,
      startedAt: '2026-11-22T09:00:00.000Z',
    });
    expect(saved[1]!.events.map((e) => e.choice)).toEqual(['niets', 'noteren']);
    expect(attemptId(saved[1]!)).toBe(attemptId(saved[0]!));
  });

  it('shows the feedback after a choice, then the next moment, and the result at the end; focus follows each', () => {
    const start = player.startState(compiled, playable, [], 42);
    const made = player.choose(start, playable, 'noteren')!;
    expect(made.state.screen).toBe('feedback');
    expect(viewRun(made.state.run).feedback?.verdict).toBe('goed');
    const next = player.proceed(made.state);
    expect(next.screen).toBe('moment');
    expect(next.focus).toBe(made.state.focus + 1);
    expect(play(expert).state.screen).toBe('result');
  });

  it('refuses a choice that is not open, or one made while not at a moment', () => {
    const start = player.startState(compiled, playable, [], 42);
    expect(player.choose(start, playable, 'bestaat-niet')).toBeNull();
    const made = player.choose(start, playable, 'noteren')!;
    expect(player.choose(made.state, playable, 'collega')).toBeNull();
  });

  it('plays again with a new seed, keeping the finished attempt among the stored ones', () => {
    const { state, saved } = play(expert);
    const again = player.restart(player.withStored(state, saved, 'geldig'), compiled, 99);
    expect(again).toMatchObject({ screen: 'moment', attempt: null, review: null });
    expect(again.run.seed).toBe(99);
    expect(again.attempts).toHaveLength(4);
    expect(earlierAttempts(saved.slice(-1), playable, compiled, null).list[0]!.score?.passed).toBe(true);
  });
});

describe('where a page starts', () => {
  const partway = play(['noteren', 'vt']).saved.at(-1)!;

  it('resumes the latest unfinished attempt at the same moment, with the same order of choices', () => {
    const plan = planStart([partway], playable, compiled);
    expect(plan.kind).toBe('resume');
    const state = player.startState(compiled, playable, [partway]);
    expect(state).toMatchObject({ screen: 'moment', start: 'resumed', attempt: partway });
    const before = play(['noteren', 'vt']).state;
    expect(viewRun(state.run).node).toBe('overleg');
    expect(viewRun(state.run).choices).toEqual(viewRun(before.run).choices);
  });

  it('starts afresh, without a word, when the latest attempt ended', () => {
    const done = play(expert).saved.at(-1)!;
    const older = { ...partway, startedAt: '2026-11-21T09:00:00.000Z' };
    expect(planStart([older, done], playable, compiled)).toEqual({ kind: 'fresh' });
  });

  it('starts afresh and says why when the content changed or the log no longer fits', () => {
    expect(planStart([{ ...partway, caseVersion: 2 }], playable, compiled)).toEqual({
      kind: 'fresh',
      reason: 'changed',
    });
    expect(planStart([{ ...partway, caseHash: `sha256:${'0'.repeat(64)}` }], playable, compiled)).toEqual({
      kind: 'fresh',
      reason: 'changed',
    });
    const broken = { ...partway, events: [{ node: 'signalen', choice: 'weg' }] };
    expect(planStart([broken], playable, compiled)).toEqual({ kind: 'fresh', reason: 'unfit' });
    expect(player.startState(compiled, playable, [broken]).start).toBe('unfit');
  });

  it('looks only at attempts of this case', () => {
    expect(planStart([{ ...partway, caseId: 'een-andere' }], playable, compiled)).toEqual({ kind: 'fresh' });
  });
});

describe('saving and listing attempts', () => {
  it('puts an attempt into the progress record once, replacing its shorter copy', () => {
    const [first, second] = play(['noteren', 'collega']).saved;
    const other = startAttempt({ id: 'ander', version: 1 }, playable.hash, new Date(0), 1);
    const progress = withAttempt(withAttempt({ ...emptyProgress(), attempts: [other] }, first!), second!);
    expect(progress.attempts).toEqual([other, second]);
  });

  it('lists earlier attempts newest first with their score, leaving out the current one and counting other versions', () => {
    const done = play(expert).saved.at(-1)!;
    const later = play(['noteren'], player.startState(compiled, playable, [], 5)).saved[0]!;
    const open = { ...later, startedAt: '2026-11-23T09:00:00.000Z' };
    const old = { ...done, startedAt: '2026-11-20T09:00:00.000Z', caseVersion: 2 };
    const { list, other } = earlierAttempts([done, open, old], playable, compiled, null);
    expect(list.map((e) => [e.attempt.startedAt, e.score?.total ?? null])).toEqual([
      ['2026-11-23T09:00:00.000Z', null],
      ['2026-11-22T09:00:00.000Z', 8],
    ]);
    expect(other).toBe(1);
    expect(earlierAttempts([done], playable, compiled, attemptId(done)).list).toEqual([]);
  });

  it('words each attempt and the ones from another version in Dutch', () => {
    const done = play(['niets', ...expert]).saved.at(-1)!;
    const [earlier] = earlierAttempts([done], playable, compiled, null).list;
    expect(attemptLine(strings, earlier!, '22 november 2026 om 10:00')).toBe(
      '22 november 2026 om 10:00: 6 van 8 punten, geslaagd',
    );
    expect(attemptLine(strings, { ...earlier!, score: null }, 'gisteren')).toBe('gisteren: niet afgemaakt');
    expect(otherVersionsLine(strings, 0)).toBeNull();
    expect(otherVersionsLine(strings, 1)).toMatch(/^1 eerdere poging hoort/);
    expect(otherVersionsLine(strings, 3)).toMatch(/^3 eerdere pogingen horen/);
    expect(formatWhen('2026-11-22T09:05:00.000Z', 'Europe/Amsterdam')).toBe('22 november 2026 om 10:05');
  });
});

describe('looking back on an attempt', () => {
  it('moves focus when the review opens and closes, and leaves it to the review within', () => {
    const { state, saved } = play(expert);
    const opened = player.review(state, { attempt: saved.at(-1)!, step: 'summary' });
    expect(opened.focus).toBe(state.focus + 1);
    const moved = player.review(opened, { attempt: saved.at(-1)!, step: 0 });
    expect(moved.focus).toBe(opened.focus);
    expect(player.review(moved, null)).toMatchObject({ review: null, focus: moved.focus + 1 });
  });

  it('replays each decision read-only: the moment, the choices in that order, the choice made and its feedback', () => {
    const done = play(['niets', ...expert]).saved.at(-1)!;
    const first = reviewMoment(compiled, done, 0)!;
    expect(first).toMatchObject({ index: 0, count: 5, chosen: 'niets' });
    expect(first.view.node).toBe('signalen');
    expect(first.view.choices.map((c) => c.id).sort()).toEqual(['niets', 'noteren']);
    expect(first.feedback.verdict).toBe('fout');
    const retry = reviewMoment(compiled, done, 1)!;
    expect(retry.view.choices.map((c) => c.id)).toEqual(['noteren']);
    expect(retry.feedback.verdict).toBe('goed');
    expect(reviewMoment(compiled, done, 5)).toBeNull();
  });
});

describe('paragraphs', () => {
  it('splits a situation at empty lines', () => {
    expect(paragraphs('Een.\n\nTwee.\n  \nDrie.')).toEqual(['Een.', 'Twee.', 'Drie.']);
    expect(paragraphs('Alleen een.')).toEqual(['Alleen een.']);
  });
});
