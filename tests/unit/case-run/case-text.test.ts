import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { actionEvents } from '../../../modules/case/case-action.ts';
import { compileCheckedCase } from '../../../modules/case/compile-case.ts';
import {
  chooseInRun,
  continueRun,
  startCaseRun,
  viewRun,
  type CaseRun,
} from '../../../modules/case-run/case-run.ts';
import { scoreRun } from '../../../modules/case-run/score-run.ts';
import { fillCaseText, splitCaseText } from '../../../modules/case-run/case-text.ts';

const fixtures = new URL('../case/fixtures/', import.meta.url).pathname;
const withConsequences = loadContent(fixtures, ['content/casussen/onderwijs/gevolg-geldig.yaml']).cases[0]!;
const shipped = loadContent(process.cwd()).cases;

const choose = (run: CaseRun, choice: string): CaseRun => {
  const result = chooseInRun(run, choice);
  if (!result.ok) throw new Error(result.message);
  return result.run;
};

describe('splitCaseText', () => {
  it('keeps the first moment whole and leaves only structure in the others', () => {
    const { def } = withConsequences.compiled;
    const split = splitCaseText(def).def;
    expect(split.nodes.find((node) => node.id === def.start)).toEqual(
      def.nodes.find((node) => node.id === def.start),
    );
    const later = split.nodes.filter((node) => node.id !== def.start);
    expect(later.length).toBeGreaterThan(0);
    for (const node of later) {
      expect(node.situation).toBe('');
      expect(node.title ?? node.question ?? node.signals ?? node.dialogue ?? node.discussion).toBeUndefined();
      for (const choice of node.choices ?? [])
        expect([choice.label, choice.feedback, choice.rationale]).toEqual(['', '', '']);
    }
    expect(split.consequences!.length).toBeGreaterThan(0);
    for (const consequence of split.consequences!)
      expect(consequence).toEqual({ id: consequence.id, next: consequence.next, situation: '' });
  });

  it.each(shipped.map((loaded) => [loaded.compiled.def.id, loaded] as const))(
    '%s: the text fetched as JSON, put back, gives the case as written',
    (_id, loaded) => {
      const { def, text } = splitCaseText(loaded.compiled.def);
      const page = JSON.parse(JSON.stringify(def));
      fillCaseText(page, JSON.parse(JSON.stringify(text)));
      expect(page).toEqual(JSON.parse(JSON.stringify(loaded.compiled.def)));
    },
  );

  it('a run compiled before the text arrives shows it once it is filled in, and scores the same', () => {
    const full = withConsequences.compiled;
    const { def, text } = splitCaseText(structuredClone(full.def));
    const compiled = compileCheckedCase(def, {
      sector: 'onderwijs',
      passPercentage: full.passPercentage,
      events: actionEvents(def),
    });
    const path = expertPath(full)!;
    let run = startCaseRun(compiled, 7);
    let whole = startCaseRun(full, 7);
    run = choose(run, path[0]!.choice);
    whole = choose(whole, path[0]!.choice);
    // The feedback on the first choice is on the page; the next moment is not, until it is filled in.
    expect(viewRun(run).feedback).toEqual(viewRun(whole).feedback);
    expect(viewRun(run).situation).toBe('');
    fillCaseText(def, text);
    expect(viewRun(run)).toEqual(viewRun(whole));
    for (const step of path.slice(1)) {
      run = continueRun(choose(run, step.choice));
      whole = continueRun(choose(whole, step.choice));
    }
    expect(scoreRun(run)).toEqual(scoreRun(whole));
  });
});
