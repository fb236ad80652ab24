import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../../modules/authoring/load-content.ts';
import {
  chooseInRun,
  continueRun,
  startCaseRun,
  viewRun,
  type CaseRun,
} from '../../../modules/case-run/case-run.ts';
import type { CompiledCase } from '../../../modules/case/compile-case.ts';
import { expertPath, type LogStep } from '../../../modules/case/expert-path.ts';
import { SUSPEND_DATA_LIMIT } from '../../../modules/progress/progress-codec.ts';
import { decodeProgress } from '../../../modules/progress/decode-progress.ts';
import type { Progress } from '../../../modules/progress/progress.ts';
import { compileSynthetic, syntheticCase } from '../engine-growth.ts';
import {
  caseLogRows,
  encodeWhole,
  LARGEST_SEED,
  longestRoute,
  percent,
  progressModule,
  progressRows,
  wholeProgress,
  type ContentModule,
} from '../encoded-progress.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Loading and checking all content takes seconds, more on a busy machine. */
const SLOW = 60_000;

/** "Verder" past the consequences a choice led to, as the learner does, to the next moment. */
function pastConsequences(run: CaseRun): CaseRun {
  while (run.consequences?.length) run = continueRun(run);
  return run;
}

/** Plays a route through the case run as a player does: each choice must be on offer when it is made. */
function play(compiled: CompiledCase, route: readonly LogStep[]): CaseRun {
  let run = startCaseRun(compiled, 7);
  for (const step of route) {
    const view = viewRun(run);
    expect(view.node).toBe(step.node);
    expect(view.choices.map((choice) => choice.id)).toContain(step.choice);
    const result = chooseInRun(run, step.choice);
    if (!result.ok) throw new Error(result.message);
    // "Verder" past what the choice led to, as the learner does, to the next moment.
    for (run = result.run; run.consequences?.length;) run = continueRun(run);
  }
  return run;
}

/**
 * The most decisions a player allows, found without the case graph: a search over what viewRun
 * offers, remembering each moment by node, stappenplan and the choices tried at the node.
 */
function mostDecisions(compiled: CompiledCase): number {
  const memo = new Map<string, number>();
  const walk = (run: CaseRun): number => {
    if (run.snapshot.status === 'done') return 0;
    const node = String(run.snapshot.value);
    const tried: string[] = [];
    for (let i = run.log.length - 1; i >= 0 && run.log[i]!.node === node; i--) tried.push(run.log[i]!.choice);
    const { stappenplan } = run.snapshot.context;
    const key = JSON.stringify([node, stappenplan.value, stappenplan.context, tried.sort()]);
    const known = memo.get(key);
    if (known !== undefined) return known;
    let most = -Infinity;
    for (const { id } of viewRun(run).choices) {
      const result = chooseInRun(run, id);
      if (result.ok) most = Math.max(most, 1 + walk(pastConsequences(result.run)));
    }
    memo.set(key, most);
    return most;
  };
  return walk(startCaseRun(compiled, null));
}

describe('longestRoute', () => {
  it('takes every wrong choice that returns to its node once, then the right one', () => {
    const route = longestRoute(compileSynthetic(4));
    expect(route).toEqual(
      ['node-1', 'node-2', 'node-3', 'node-4'].flatMap((node) =>
        ['deels-goed', 'fout', 'goed'].map((choice) => ({ node, choice })),
      ),
    );
    expect(play(compileSynthetic(4), route).snapshot.status).toBe('done');
  });
});

describe('on the real content', { timeout: SLOW }, () => {
  let content: LoadedContent;
  beforeAll(() => {
    content = loadContent(root);
    expect(content.issues).toEqual([]);
  }, SLOW);

  it('the longest route of every case is playable, ends, is no shorter than the expert route and is the longest a player allows', () => {
    for (const { compiled } of content.cases) {
      const route = longestRoute(compiled);
      expect(play(compiled, route).snapshot.status, compiled.def.id).toBe('done');
      expect(route.length, compiled.def.id).toBeGreaterThanOrEqual(expertPath(compiled)!.length);
      expect(route.length, compiled.def.id).toBe(mostDecisions(compiled));
    }
  });

  it('every module with all its progress round-trips and fits suspend_data with more than half of it to spare', async () => {
    for (const { id } of content.beroepsgroepen) {
      const module = await progressModule(content, id);
      expect(module.lessons.length, id).toBeGreaterThan(0);
      expect(module.cases.length, id).toBeGreaterThan(0);
      const routes = new Map(
        module.cases.map(({ def }) => [def.id, longestRoute(findCase(content, def.id))]),
      );
      const progress = wholeProgress(module, routes);
      const text = encodeWhole(progress, module);
      expect(text.length, id).toBeLessThan(SUSPEND_DATA_LIMIT / 2);
      expect(decodeProgress(text, module), id).toEqual({ ok: true, value: withoutDecisionTimes(progress) });
    }
  });
});

/** What the compact string keeps: everything but the time of each decision. */
const withoutDecisionTimes = (progress: Progress): Progress => ({
  ...progress,
  attempts: progress.attempts.map((a) => ({
    ...a,
    events: a.events.map(({ node, choice }) => ({ node, choice })),
  })),
});

const findCase = (content: LoadedContent, id: string) =>
  content.cases.find(({ compiled }) => compiled.def.id === id)!.compiled;

/** A small module: two lessons (one with a multiple-choice question) and the synthetic case. */
const module: ContentModule = {
  id: 'onderwijs',
  lessons: [
    {
      slug: 'les-a',
      questions: [
        {
          id: 'v1',
          options: [
            { id: 'ja', correct: false },
            { id: 'nee', correct: true },
          ],
        },
      ],
    },
    {
      slug: 'les-b',
      questions: [
        {
          id: 'v2',
          options: [
            { id: 'x', correct: true },
            { id: 'y', correct: false },
            { id: 'z', correct: true },
          ],
        },
      ],
    },
  ],
  cases: [{ def: syntheticCase(4), hash: `sha256:${'0'.repeat(64)}` }],
};
const routes = new Map([[syntheticCase(4).id, longestRoute(compileSynthetic(4))]]);

describe('wholeProgress', () => {
  const progress = wholeProgress(module, routes);

  it('reads every lesson, answers every question right, plays each case along its route and completes the module', () => {
    expect(progress.lessons).toEqual(['onderwijs/les-a', 'onderwijs/les-b']);
    expect(
      Object.fromEntries(Object.entries(progress.answers).map(([key, a]) => [key, a.last.options])),
    ).toEqual({
      'onderwijs/les-a#v1': ['nee'],
      'onderwijs/les-b#v2': ['x', 'z'],
    });
    expect(progress.attempts).toHaveLength(1);
    expect(progress.attempts[0]).toMatchObject({ caseId: 'synthetisch-4', seed: LARGEST_SEED });
    expect(progress.attempts[0]!.events.map(({ node, choice }) => ({ node, choice }))).toEqual(
      routes.get('synthetisch-4'),
    );
    expect(Object.keys(progress.completed)).toEqual(['onderwijs']);
  });

  it('encodes to a string that decodes back to it, but for the time of each decision', () => {
    expect(decodeProgress(encodeWhole(progress, module), module)).toEqual({
      ok: true,
      value: withoutDecisionTimes(progress),
    });
  });

  it('refuses a module with a case that has no route', () => {
    expect(() => wholeProgress(module, new Map())).toThrow('no route for synthetisch-4');
  });
});

describe('percent', () => {
  it('gives one decimal', () => {
    expect(percent(516, 4096)).toBe('12.6%');
  });
});

describe('progressRows and caseLogRows', () => {
  it('add the largest module as a last row, and a compact log is its decisions plus 10 characters', async () => {
    const content = {
      beroepsgroepen: [{ id: 'onderwijs' }],
      lessons: module.lessons.map(({ slug, questions }) => ({
        beroepsgroep: 'onderwijs',
        slug,
        lesson: { questions },
      })),
      cases: [{ compiled: compileSynthetic(4) }],
      issues: [],
    } as unknown as LoadedContent;
    const rows = await progressRows(content, routes);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ ...rows[0], module: 'largest: onderwijs' });
    expect(rows[0]).toMatchObject({ module: 'onderwijs', lessons: 2, questions: 2, cases: 1, decisions: 12 });
    expect(caseLogRows(content, routes)).toEqual([
      {
        case: 'synthetisch-4',
        module: 'onderwijs',
        'expert decisions': 4,
        'expert log chars': 14,
        'longest decisions': 12,
        'longest log chars': 22,
      },
    ]);
  });
});
