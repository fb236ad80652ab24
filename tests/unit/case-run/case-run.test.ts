import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { chooseInRun, resumeCaseRun, startCaseRun, viewRun } from '../../../modules/case-run/case-run.ts';
import { scoreRun } from '../../../modules/case-run/score-run.ts';
import { summarizeRun } from '../../../modules/case-run/case-summary.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';

const root = new URL('../case/fixtures/', import.meta.url).pathname;
const load = (file: string) => loadContent(root, [`content/casussen/${file}`]).cases[0].compiled;
const hulp = load('artsen/geldig-hulp.yaml');
const melden = load('artsen/melden-vereist.yaml');

function play(compiled: typeof hulp, choices: string[], seed = 42) {
  let run = startCaseRun(compiled, seed);
  for (const choice of choices) {
    const result = chooseInRun(run, choice);
    if (!result.ok) throw new Error(result.message);
    run = result.run;
  }
  return run;
}

describe('the case run', () => {
  it('shows the choices of a node in an order fixed by the seed, the same on every view and replay', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const run = startCaseRun(hulp, seed);
      const order = viewRun(run)
        .choices.map((c) => c.id)
        .join(',');
      expect(
        viewRun(startCaseRun(hulp, seed))
          .choices.map((c) => c.id)
          .join(','),
      ).toBe(order);
      orders.add(order);
    }
    expect(orders).toEqual(new Set(['fout,goed', 'goed,fout']));
  });

  it('keeps the written order for attempts made before shuffling (seed null)', () => {
    expect(viewRun(startCaseRun(hulp, null)).choices.map((c) => c.id)).toEqual(['fout', 'goed']);
  });

  it('offers only the untried choices on a retry, and shows feedback on the last choice', () => {
    const run = play(hulp, ['fout']);
    const view = viewRun(run);
    expect(view.choices.map((c) => c.id)).toEqual(['goed']);
    expect(view.feedback).toMatchObject({ verdict: 'fout', feedback: 'Niet de beste keuze.' });
  });

  it('starts every run of a case from one first snapshot, which a choice in one run leaves alone', () => {
    const first = startCaseRun(hulp, 1);
    const played = play(hulp, ['goed', 'goed'], 2);
    const second = startCaseRun(hulp, 3);
    expect(second.snapshot).toBe(first.snapshot);
    expect(played.snapshot).not.toBe(first.snapshot);
    expect(second.snapshot.value).toBe(hulp.def.start);
    expect(viewRun(second)).toEqual(viewRun(startCaseRun(load('artsen/geldig-hulp.yaml'), 3)));
  });

  it('refuses a choice that is not open now, without changing the run', () => {
    const run = startCaseRun(hulp, 1);
    const result = chooseInRun(run, 'bestaat-niet');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('keuze "bestaat-niet" is hier niet mogelijk'),
    });
  });

  it('resumes from a stored log at the same moment, with the same order', () => {
    const run = play(hulp, ['goed', 'goed', 'goed']);
    const resumed = resumeCaseRun(hulp, { seed: run.seed, events: run.log });
    expect(resumed.ok && viewRun(resumed.run)).toEqual(viewRun(run));
  });

  it('says in Dutch when a stored log does not fit the case', () => {
    const resumed = resumeCaseRun(hulp, { seed: 1, events: [{ node: 'kindcheck', choice: 'goed' }] });
    expect(resumed).toEqual({
      ok: false,
      message:
        'Keuze 1 in het logboek past niet bij deze casus: verwacht moment "signalen", maar het logboek noemt "kindcheck".',
    });
  });

  it('scores the expert route at the maximum', () => {
    const run = play(
      hulp,
      expertPath(hulp)!.map((s) => s.choice),
    );
    expect(scoreRun(run)).toMatchObject({ total: 20, max: 20, passed: true, complete: true, critical: [] });
    expect(viewRun(run).done).toBe(true);
  });
});

describe('a critical miss', () => {
  it('fails the attempt whatever the total when a required melding was not chosen at first', () => {
    const choices = expertPath(melden)!.map((s) => s.choice);
    const at = expertPath(melden)!.findIndex((s) => s.node === 'a2');
    choices.splice(at, 0, 'fout');
    const score = scoreRun(play(melden, choices));
    expect(score.percentage).toBeGreaterThanOrEqual(80);
    expect(score.passed).toBe(false);
    expect(score.critical).toEqual([
      { node: 'a2', phase: 'afweging-2', choice: 'fout', category: 'niet-melden' },
    ]);
  });
});

describe('the summary that teaches', () => {
  it('lists each afweging in the order played, yours beside the expert, where each led, and the steps as they happened', () => {
    const choices = expertPath(melden)!.map((s) => s.choice);
    const at = expertPath(melden)!.findIndex((s) => s.node === 'a2');
    choices.splice(at, 0, 'fout');
    const summary = summarizeRun(melden, play(melden, choices).log);
    expect(summary.afwegingen.map((a) => [a.afweging, a.agrees, a.yours.ledTo, a.expert.ledTo])).toEqual([
      [1, true, 'door naar afweging 2', 'door naar afweging 2'],
      [2, false, 'opnieuw proberen', 'melden bij Veilig Thuis'],
    ]);
    expect(summary.steps.map((s) => s.text)).toEqual([
      'signalen vastgelegd',
      'kindcheck: geen zorgen over kinderen',
      'overlegd met een collega',
      'gesprek gevoerd',
      'afweging 1: ja, er is een vermoeden',
      'afweging 2: ja, acute of structurele onveiligheid',
      'gemeld bij Veilig Thuis, en de hulp gaat door',
    ]);
    expect(summary.verdict).toBe('niet geslaagd: je maakte een gevaarlijke keuze');
    expect(summary.phases.find((p) => p.phase === 'afweging-2')).toMatchObject({
      score: 0,
      max: 2,
      verdict: 'onvoldoende',
    });
  });
});
