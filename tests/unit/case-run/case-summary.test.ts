import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { chooseInRun, startCaseRun } from '../../../modules/case-run/case-run.ts';
import { summarizeRun } from '../../../modules/case-run/case-summary.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { summaryLines } from '../../../modules/cli/print-summary.ts';
import { lessonRefs, phaseLessons, type PhaseLessons } from '../../../modules/lesson/phase-lessons.ts';
import { nl } from '../../../modules/strings/nl.ts';

const fixtures = new URL('../case/fixtures/', import.meta.url).pathname;
const melden = loadContent(fixtures, ['content/casussen/artsen/melden-vereist.yaml']).cases[0]!.compiled;
const expert = expertPath(melden)!.map((step) => step.choice);
const lessons: PhaseLessons = {
  'stap-2': { beroepsgroep: 'artsen', slug: 'vijf-stappen', title: 'De vijf stappen' },
  'afweging-2': { beroepsgroep: 'basis', slug: 'afwegingskader', title: 'Het afwegingskader' },
};

function play(choices: string[]) {
  let run = startCaseRun(melden, 42);
  for (const choice of choices) {
    const result = chooseInRun(run, choice);
    if (!result.ok) throw new Error(result.message);
    run = result.run;
  }
  return run.log;
}

/** The expert route with a wrong first choice ("fout") at each of `nodes`, each then corrected. */
function withWrongAt(...nodes: string[]) {
  const choices: string[] = [];
  expertPath(melden)!.forEach((step) => {
    if (nodes.includes(step.node)) choices.push('fout');
    choices.push(step.choice);
  });
  return play(choices);
}

describe('the summary says how scoring works', () => {
  it('first choice counts, a retry earns nothing, a dangerous choice fails, and the pass mark in percent and points', () => {
    const summary = summarizeRun(melden, play(expert));
    expect(summary.howScored).toEqual([
      nl.scoring.firstChoice,
      nl.scoring.retry,
      nl.scoring.critical,
      `Je haalt de casus met minstens 70% van de punten. Dat is ${Math.ceil(0.7 * summary.score.max)} van de ${summary.score.max} punten.`,
    ]);
    expect(summary.howScored.join(' ')).toMatch(/eerste keuze.*geen punten meer.*gevaarlijk.*70%/);
  });

  it('says why the points are lower: how many first choices were not the best, also when corrected later', () => {
    const summary = summarizeRun(melden, withWrongAt('overleg'));
    expect(summary.score.total).toBe(summary.score.max - 2);
    expect(summary.firstChoices).toBe(
      `Bij 1 moment was je eerste keuze niet de beste. Daarom heb je ${summary.score.total} van de ${summary.score.max} punten, ook als je daarna nog goed koos.`,
    );
    expect(summarizeRun(melden, withWrongAt('signalen', 'overleg')).firstChoices).toMatch(
      /^Bij 2 momenten was je eerste keuze niet de beste\./,
    );
    expect(summarizeRun(melden, play(expert)).firstChoices).toBe(nl.scoring.allRight);
  });
});

describe('the summary lists each wrong first choice', () => {
  it('with the moment, what you chose, why not, the better choice and its lesson; the best first choices are not listed', () => {
    const summary = summarizeRun(melden, withWrongAt('overleg'), lessons);
    expect(summary.wrongFirstChoices).toEqual([
      {
        node: 'overleg',
        moment: 'Stap 2: overleggen met een collega en eventueel Veilig Thuis of een letseldeskundige',
        phase: 'stap-2',
        label: 'Ik wacht af.',
        verdict: 'fout',
        points: 0,
        max: 2,
        feedback: 'Niet de beste keuze.',
        rationale: 'Zo staat het in de meldcode.',
        better: 'Ik doe wat de meldcode vraagt.',
        critical: false,
        lesson: { beroepsgroep: 'artsen', slug: 'vijf-stappen', title: 'De vijf stappen' },
      },
    ]);
  });

  it('in the order made, marking a dangerous one, with no lesson where none teaches the phase', () => {
    const summary = summarizeRun(melden, withWrongAt('signalen', 'a2'), lessons);
    expect(summary.wrongFirstChoices.map((w) => [w.node, w.critical, w.lesson?.slug ?? null])).toEqual([
      ['signalen', false, null],
      ['a2', true, 'afwegingskader'],
    ]);
    expect(summary.critical.map((c) => c.node)).toEqual(['a2']);
  });

  it('counts only the first choice: a wrong second try at a moment is not listed', () => {
    const log = play(expert);
    expect(summarizeRun(melden, log).wrongFirstChoices).toEqual([]);
    // Without lessons the summary still lists the choice, with no lesson.
    expect(summarizeRun(melden, withWrongAt('gesprek')).wrongFirstChoices[0]!.lesson).toBeNull();
  });
});

describe('the lesson of a wrong first choice in the real content', () => {
  const root = new URL('../../../', import.meta.url).pathname;
  const content = loadContent(root);
  const daan = content.cases.find((c) => c.compiled.def.id === 'daan-blauwe-plekken')!.compiled;

  it('comes from the lessons’ phases: a wrong first step at Daan links the onderwijs lesson on signals', () => {
    const found = phaseLessons(
      lessonRefs(content.lessons),
      content.beroepsgroepen,
      'onderwijs',
      daan.def.nodes.map((node) => node.phase),
    );
    let run = startCaseRun(daan, 1);
    for (const choice of ['afwachten', ...expertPath(daan)!.map((s) => s.choice)]) {
      const result = chooseInRun(run, choice);
      if (!result.ok) throw new Error(result.message);
      run = result.run;
    }
    const summary = summarizeRun(daan, run.log, found);
    expect(summary.wrongFirstChoices.map((w) => [w.node, w.lesson])).toEqual([
      [
        'maandagochtend',
        { beroepsgroep: 'onderwijs', slug: 'signalen-per-leeftijd', title: 'Signalen per leeftijd' },
      ],
    ]);
    expect(summary.score.total).toBe(summary.score.max - 2);
  });
});

describe('npm run play prints the same', () => {
  it('how scoring works, and each wrong first choice with why and the lesson’s address', () => {
    const text = summaryLines(summarizeRun(melden, withWrongAt('overleg'), lessons)).join('\n');
    expect(text).toContain(`Zo tel je punten:\n  - ${nl.scoring.firstChoice}\n  - ${nl.scoring.retry}`);
    expect(text).toContain('Bij 1 moment was je eerste keuze niet de beste.');
    expect(text).toContain('Je eerste keuze was niet de beste bij:\n  Stap 2:');
    expect(text).toContain('    Jij:    Ik wacht af. (fout, 0 van 2 punten)');
    expect(text).toContain('    Waarom: Zo staat het in de meldcode.');
    expect(text).toContain('    Lees de les: De vijf stappen (/artsen/vijf-stappen/)');
  });
});
