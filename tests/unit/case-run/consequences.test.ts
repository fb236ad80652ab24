import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { playWithStrategy } from '../../../modules/authoring/measure-surface-strategies.ts';
import { surfaceStrategies } from '../../../modules/authoring/surface-strategies.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import {
  chooseInRun,
  continueRun,
  resumeCaseRun,
  startCaseRun,
  viewRun,
  type CaseRun,
} from '../../../modules/case-run/case-run.ts';
import { scoreRun } from '../../../modules/case-run/score-run.ts';
import {
  presenterNext,
  startLeertafel,
  stepBack,
  takeChoice,
  viewLeertafel,
} from '../../../modules/case-run/leertafel.ts';
import { summarizeRun } from '../../../modules/case-run/case-summary.ts';
import { trainerHandout } from '../../../modules/case-run/trainer-handout.ts';
import { decodeLog, encodeLog } from '../../../modules/scoring/log-codec.ts';

import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { scoreSteps } from '../../../modules/scoring/score-steps.ts';
import { scoreByVerifyTable } from '../../../modules/scoring/verify-table.ts';
import { nl } from '../../../modules/strings/nl.ts';

const root = new URL('../case/fixtures/', import.meta.url).pathname;
const loaded = loadContent(root, ['content/casussen/onderwijs/gevolg-geldig.yaml']);
const compiled = loaded.cases[0]!.compiled;

function choose(run: CaseRun, choice: string): CaseRun {
  const result = chooseInRun(run, choice);
  if (!result.ok) throw new Error(result.message);
  return result.run;
}

describe('a wrong choice plays out in its consequence, then the learner returns to the route', () => {
  it('the fixture with consequences passes every check', () => {
    expect(loaded.issues).toEqual([]);
  });

  it('shows the consequence in the phase of the moment, without choices, then the moment again', () => {
    let run = choose(startCaseRun(compiled, 7), 'niets');
    const view = viewRun(run);
    expect(view).toMatchObject({
      consequence: true,
      node: 'plekken-erger',
      phase: 'stap-1',
      stap: 1,
      title: 'Het wordt erger',
      situation: 'Een week later heeft de leerling meer blauwe plekken.',
      signals: ['Nieuwe blauwe plekken op de armen.'],
      choices: [],
      question: undefined,
      done: false,
      decisions: 1,
      backToChoice: true,
    });
    expect(view.feedback).toMatchObject({ verdict: 'fout', label: 'Ik doe niets.' });
    // While the consequence is shown, nothing can be chosen.
    expect(chooseInRun(run, 'noteren').ok).toBe(false);
    run = continueRun(run);
    expect(viewRun(run)).toMatchObject({ consequence: false, node: 'signalen' });
    expect(viewRun(run).choices.map((c) => c.id)).toEqual(['noteren']);
    // A consequence is never logged: the log holds the decisions only.
    expect(run.log.map(({ node, choice }) => ({ node, choice }))).toEqual([
      { node: 'signalen', choice: 'niets' },
    ]);
  });

  it('shows a chain of consequences one after the other', () => {
    let run = startCaseRun(compiled, 7);
    for (const choice of ['noteren', 'collega', 'nee']) run = choose(run, choice);
    expect(viewRun(run)).toMatchObject({ node: 'ouders-niet-gehoord', backToChoice: false });
    expect(viewRun(run).phase).toBe('stap-3');
    run = continueRun(run);
    expect(viewRun(run)).toMatchObject({ node: 'nog-een-kans', consequence: true, backToChoice: true });
    run = continueRun(run);
    expect(viewRun(run)).toMatchObject({ node: 'gesprek', consequence: false });
    expect(continueRun(run)).toBe(run);
  });

  it('earns no points and scores alike in scoreAttempt and the verify table, from steps and from a compact log', () => {
    const table = makeVerifyTable(compiled, 'sha256:x');
    const logs = [
      expertPath(compiled)!,
      [
        { node: 'signalen', choice: 'niets' },
        { node: 'signalen', choice: 'noteren' },
        { node: 'overleg', choice: 'collega' },
        { node: 'gesprek', choice: 'nee' },
        { node: 'gesprek', choice: 'ja' },
        { node: 'afweging-1', choice: 'nee' },
      ],
    ];
    for (const events of logs) {
      const score = scoreAttempt(compiled, events);
      const code = encodeLog(compiled.def, { seed: 3, events });
      if (!code.ok) throw new Error(code.message);
      expect(decodeLog(compiled.def, code.value)).toEqual({ ok: true, value: { seed: 3, events } });
      expect(scoreSteps(table, events)).toMatchObject({
        total: score.total,
        passed: score.passed,
        complete: true,
      });
      expect(scoreByVerifyTable(table, code.value)).toMatchObject({
        ok: true,
        score: { total: score.total, passed: score.passed },
      });
    }
    expect(scoreAttempt(compiled, logs[1]!).total).toBe(4);
    const signalen = table.nodes.findIndex((n) => n.id === 'signalen');
    expect(table.nodes[signalen]!.choices).toContainEqual({ id: 'niets', points: 0, next: signalen });
  });

  it('a resumed run goes on at the moment on the route', () => {
    const run = choose(startCaseRun(compiled, 7), 'niets');
    const resumed = resumeCaseRun(compiled, { seed: 7, events: run.log });
    expect(resumed.ok && viewRun(resumed.run)).toMatchObject({ node: 'signalen', consequence: false });
    expect(resumed.ok && scoreRun(resumed.run).total).toBe(0);
  });

  it('the summary says a choice that returns through a consequence led to a retry', () => {
    const summary = summarizeRun(compiled, [{ node: 'signalen', choice: 'niets' }]);
    expect(summary.score.decisions).toHaveLength(1);
  });
});

describe('the leertafel and the handout show consequences', () => {
  it('the trainer takes a wrong choice, sees the consequence, and goes on', () => {
    let table = takeChoice(startLeertafel(compiled), 'niets')!;
    const view = viewLeertafel(table);
    expect(view).toMatchObject({
      consequence: true,
      node: 'plekken-erger',
      heading: 'Het wordt erger',
      expert: null,
      // The one question at a consequence is the island's string (leertafel.gevolg).
      questions: [],
      canGoBack: true,
    });
    expect(takeChoice(table, 'noteren')).toBeNull();
    expect(viewLeertafel(stepBack(table)!).node).toBe('signalen');
    table = presenterNext(table)!;
    expect(viewLeertafel(table)).toMatchObject({ node: 'signalen', consequence: false });
  });

  it('the handout lists what happens after a wrong choice that has a consequence', () => {
    const handout = trainerHandout(compiled);
    const signalen = handout.moments.find((m) => m.node === 'signalen')!;
    expect(signalen.wrongTurns).toEqual([
      expect.objectContaining({
        label: 'Ik doe niets.',
        consequences: [
          { title: 'Het wordt erger', situation: 'Een week later heeft de leerling meer blauwe plekken.' },
        ],
      }),
    ]);
    const gesprek = handout.moments.find((m) => m.node === 'gesprek')!;
    expect(gesprek.wrongTurns[0]!.consequences.map((c) => c.situation)).toEqual([
      'De ouders horen later van de school dat er zorgen waren en voelen zich gepasseerd.',
      'Ze willen nu toch praten.',
    ]);
    expect(signalen.expert!.consequences).toEqual([]);
  });
});

describe('a bad ending (outcome: slecht)', () => {
  const bad = loadContent(root, ['content/casussen/onderwijs/slecht-einde.yaml']).cases[0]!.compiled;
  const events = [
    { node: 'signalen', choice: 'noteren' },
    { node: 'overleg', choice: 'collega' },
    { node: 'gesprek', choice: 'nee' },
  ];

  it('ends the case after its consequence, and no scorer passes it, whatever the points', () => {
    let run = startCaseRun(bad, 1);
    for (const { choice } of events) run = choose(run, choice);
    expect(viewRun(run)).toMatchObject({ consequence: true, node: 'ouders-boos', backToChoice: false });
    run = continueRun(run);
    expect(viewRun(run)).toMatchObject({ node: 'slecht-einde', done: true, title: 'Het loopt slecht af' });
    // 4 of 8 points at a pass mark of 50 would pass; the bad ending does not.
    const lenient = { ...bad, passPercentage: 50 };
    const score = scoreAttempt(lenient, events);
    expect(score).toMatchObject({ total: 4, max: 8, complete: true, passed: false, critical: [] });
    expect(scoreSteps(makeVerifyTable(lenient, 'sha256:x'), events)).toMatchObject({
      complete: true,
      passed: false,
    });
    const code = encodeLog(bad.def, { seed: 1, events });
    expect(code.ok && scoreByVerifyTable(makeVerifyTable(lenient, 'sha256:x'), code.value)).toMatchObject({
      ok: true,
      score: { complete: true, passed: false, total: 4 },
    });
    expect(summarizeRun(lenient, events).verdict).toBe(nl.result.badEnding);
    // About the same points at a good ending pass.
    const good = [
      { node: 'signalen', choice: 'niets' },
      { node: 'signalen', choice: 'noteren' },
      { node: 'overleg', choice: 'vt' },
      { node: 'overleg', choice: 'collega' },
      { node: 'gesprek', choice: 'ja' },
      { node: 'afweging-1', choice: 'nee' },
    ];
    expect(scoreAttempt(lenient, good)).toMatchObject({ total: 5, passed: true });
  });

  it('the handout names the bad ending as what happens after the wrong choice', () => {
    const gesprek = trainerHandout(bad).moments.find((m) => m.node === 'gesprek')!;
    expect(gesprek.wrongTurns[0]!.consequences.map((c) => c.situation)).toEqual([
      'De ouders horen het van anderen en halen hun kind van school.',
      'Het gezin verhuist. De school hoort niets meer.',
    ]);
  });
});

describe('consequences in the real content', () => {
  const real = loadContent(new URL('../../../', import.meta.url).pathname).cases.map((c) => c.compiled);

  it('at least six cases let a wrong choice play out, each only after a wrong choice', () => {
    const withConsequences = real.filter((c) => c.consequences.size > 0);
    expect(withConsequences.length).toBeGreaterThanOrEqual(6);
    for (const compiled of withConsequences)
      for (const node of compiled.def.nodes)
        for (const choice of node.choices ?? [])
          if (compiled.consequences.has(choice.next)) expect(choice.verdict).not.toBe('goed');
  });

  it('a wrong choice shows its consequence in the phase of its moment, then returns to the route', () => {
    for (const compiled of real.filter((c) => c.consequences.size > 0)) {
      const expert = expertPath(compiled)!;
      let run = startCaseRun(compiled, 1);
      for (const step of expert) {
        const node = compiled.nodes.get(step.node)!;
        const wrong = node.choices!.find((c) => compiled.consequences.has(c.next));
        if (wrong && viewRun(run).choices.some((c) => c.id === wrong.id)) {
          const tried = choose(run, wrong.id);
          expect(viewRun(tried)).toMatchObject({ consequence: true, phase: node.phase, choices: [] });
          let back = tried;
          while (viewRun(back).consequence) back = continueRun(back);
          expect(viewRun(back).consequence).toBe(false);
          expect(scoreRun(back).total).toBe(scoreRun(tried).total);
        }
        run = choose(run, step.choice);
      }
      expect(viewRun(run).done).toBe(true);
    }
  });

  it('in Dina, going along with the aunt ends badly: she is taken abroad, and the attempt fails', () => {
    const dina = real.find((c) => c.def.id === 'dina-en-de-familie-eer')!;
    const expert = expertPath(dina)!;
    const upTo = expert.findIndex((step) => step.node === 'tante-belt');
    let run = startCaseRun(dina, 1);
    for (const step of expert.slice(0, upTo)) run = choose(run, step.choice);
    run = choose(run, 'om-tafel');
    expect(viewRun(run)).toMatchObject({ node: 'dina-vertrokken', consequence: true, phase: 'stap-3' });
    run = continueRun(run);
    expect(viewRun(run)).toMatchObject({ node: 'einde-dina-vertrokken', done: true });
    const summary = summarizeRun(dina, run.log);
    expect(summary.score.passed).toBe(false);
    // A dangerous choice first: the critical verdict names it; the ending is bad as well.
    expect(summary.verdict).toBe(nl.result.criticalFailed);
  });

  it('surface strategies read a consequence and play on (they answer moments, not consequences)', () => {
    for (const compiled of real.filter((c) => c.consequences.size > 0))
      for (const strategy of surfaceStrategies)
        for (const seed of [1, 2, 3]) expect(playWithStrategy(compiled, strategy, seed).complete).toBe(true);
  });
});

describe('a bad ending in a certificate log', () => {
  it('is not passed, by the verify table and by replay alike, with the reason', async () => {
    const { replayScore } = await import('../../../modules/certificate/replay-score.ts');
    const bad = loadContent(root, ['content/casussen/onderwijs/slecht-einde.yaml']).cases[0]!.compiled;
    const lenient = { ...bad, passPercentage: 50 };
    const events = [
      { node: 'signalen', choice: 'noteren' },
      { node: 'overleg', choice: 'collega' },
      { node: 'gesprek', choice: 'nee' },
    ];
    const code = encodeLog(bad.def, { seed: 1, events });
    if (!code.ok) throw new Error(code.message);
    const byTable = scoreByVerifyTable(makeVerifyTable(lenient, 'sha256:x'), code.value);
    expect(byTable).toEqual(replayScore(lenient, code.value));
    expect(byTable).toMatchObject({ ok: true, score: { passed: false, badEnding: true } });
  });
});
