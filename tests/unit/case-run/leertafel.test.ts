import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { actionEvents } from '../../../modules/case/case-action.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import { discussionQuestions } from '../../../modules/case/discussion-questions.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import {
  presenterNext,
  restartLeertafel,
  startLeertafel,
  stepBack,
  takeChoice,
  toggleExpert,
  viewLeertafel,
  type Leertafel,
} from '../../../modules/case-run/leertafel.ts';
import { leertafelCase } from '../../../modules/case-run/leertafel-case.ts';
import { leertafelSteps } from '../../../modules/case-run/leertafel-steps.ts';
import { compilePlayableCase, type PlayableCase } from '../../../modules/case-run/playable-case.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
/** A case as the build hands it to a leertafel page (leertafel-case.ts), compiled as the browser does. */
const playable = ({ def, input, passPercentage }: CompiledCase): PlayableCase => ({
  def,
  sector: input.sector,
  passPercentage,
  hash: 'sha256:0',
  events: actionEvents(def),
});
const cases = content.cases.map(({ compiled }) => compilePlayableCase(leertafelCase(playable(compiled))));
const daan = cases.find((c) => c.def.id === 'daan-blauwe-plekken')!;

/** Presses "next" until the case ends; fails when it gets stuck. */
function presentToEnd(table: Leertafel): { table: Leertafel; presses: number } {
  let presses = 0;
  while (!viewLeertafel(table).done) {
    const next = presenterNext(table);
    if (!next) throw new Error(`stuck at ${viewLeertafel(table).node}`);
    table = next;
    presses++;
  }
  return { table, presses };
}

describe('the leertafel', () => {
  it('shows each moment first with its questions and the expert answer hidden', () => {
    const view = viewLeertafel(startLeertafel(daan));
    expect(view.node).toBe(daan.def.start);
    expect(view.revealed).toBe(false);
    expect(view.questions.length).toBeGreaterThan(0);
    expect(view.expert?.open).toBe(true);
    expect(view.canGoBack).toBe(false);
  });

  it('goes along the expert route with "next": reveal, then the expert choice, in every real case', () => {
    for (const compiled of cases) {
      const route = expertPath(compiled)!;
      const { table, presses } = presentToEnd(startLeertafel(compiled));
      expect(presses, compiled.def.id).toBe(route.length * 2);
      expect(table.run.log.map(({ node, choice }) => ({ node, choice }))).toEqual(route);
      expect(presenterNext(table)).toBeNull();
      expect(leertafelSteps(table).length).toBeGreaterThan(0);
    }
  });

  it('takes another choice, steps back to the same moment, and starts again', () => {
    const start = startLeertafel(daan);
    const first = viewLeertafel(start);
    const other = first.choices.find((choice) => choice.id !== first.expert!.id)!;
    const wrong = takeChoice(start, other.id)!;
    expect(viewLeertafel(wrong).feedback?.label).toBe(other.label);
    const expert = takeChoice(start, first.expert!.id)!;
    expect(viewLeertafel(expert).node).not.toBe(viewLeertafel(wrong).node);
    const back = stepBack(wrong)!;
    expect(back.run.log).toEqual([]);
    expect(viewLeertafel(back).node).toBe(first.node);
    expect(stepBack(back)).toBeNull();
    expect(restartLeertafel(expert).run.log).toEqual([]);
  });

  it('hides a revealed answer again, and leaves a refused choice alone', () => {
    const start = startLeertafel(daan);
    expect(toggleExpert(start).revealed).toBe(true);
    expect(toggleExpert(toggleExpert(start)).revealed).toBe(false);
    expect(takeChoice(start, 'bestaat-niet')).toBeNull();
  });

  it('gets every moment with its discussion questions written out, and nothing it does not show', () => {
    for (const { compiled } of content.cases) {
      const table = leertafelCase(playable(compiled));
      expect(table.def.nodes.map((node) => node.discussion)).toEqual(
        compiled.def.nodes.map((node) => discussionQuestions(node)),
      );
      expect(table.def.nodes.every((node) => node.discussion!.length > 0)).toBe(true);
      expect(table).toMatchObject({ hash: '', def: { title: '', summary: '', goals: [] } });
      // The rest as it was: the run is the same case.
      const { nodes, title, summary, goals, ...rest } = table.def;
      const { nodes: _n, title: _t, summary: _s, goals: _g, ...before } = compiled.def;
      expect(rest).toEqual(before);
      expect(nodes.map(({ discussion: _d, ...node }) => node)).toEqual(
        compiled.def.nodes.map(({ discussion: _d, ...node }) => node),
      );
    }
  });

  it('shows the questions discussionQuestions() gives, at the start and at the ending', () => {
    const own = cases.find((c) => c.def.id === 'daan-blauwe-plekken')!;
    const loaded = content.cases.find(({ compiled }) => compiled.def.id === own.def.id)!.compiled;
    const start = viewLeertafel(startLeertafel(own));
    expect(start.questions).toEqual(discussionQuestions(loaded.nodes.get(own.def.start)!));
    expect(viewLeertafel(presentToEnd(startLeertafel(own)).table).questions).toEqual(
      discussionQuestions(loaded.def.nodes.find((node) => node.end)!),
    );
  });

  it('steps back one moment at a time to each earlier moment of the route', () => {
    let { table } = presentToEnd(startLeertafel(daan));
    const route = expertPath(daan)!;
    for (let i = route.length - 1; i >= 0; i--) {
      table = stepBack(table)!;
      expect(viewLeertafel(table).node).toBe(route[i].node);
      expect(table.revealed).toBe(false);
    }
  });
});
