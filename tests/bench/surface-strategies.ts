import { loadContent } from '../../modules/authoring/load-content.ts';
import {
  measureSurfaceStrategies,
  type SurfaceMeasurement,
} from '../../modules/authoring/measure-surface-strategies.ts';
import { cueDetectors, cueItems, measureCues, type CueResult } from '../../modules/authoring/surface-cues.ts';
import { surfaceModules, type SurfaceModule } from '../../modules/authoring/surface-module.ts';
import { surfaceStrategies } from '../../modules/authoring/surface-strategies.ts';
import type { BenchRow, BenchSection } from './bench-section.ts';

// How far answering by the surface gets, per module (issue 15): every case played and every knowledge
// check answered with each surface strategy (modules/authoring/surface-strategies.ts), and the cue
// report (surface-cues.ts). Percentages are rounded to whole points. The three sections share one
// measurement, made once per run.

export interface SurfaceFigures {
  modules: SurfaceModule[];
  measurements: SurfaceMeasurement[];
}

const cache = new Map<string, SurfaceFigures>();

/** Loads the content and measures every module (once per root and run). */
export function surfaceFigures(root: string): SurfaceFigures {
  let figures = cache.get(root);
  if (!figures) {
    const modules = surfaceModules(loadContent(root));
    figures = { modules, measurements: modules.map((module) => measureSurfaceStrategies(module)) };
    cache.set(root, figures);
  }
  return figures;
}

const percent = (share: number | null) => (share === null ? '–' : Math.round(share * 100));
const caseStrategies = surfaceStrategies.filter((s) => !s.multipleOnly);

/** Per module: its moments, how many can fail an attempt, and the share of attempts each strategy passes. */
export function caseRows({ measurements }: SurfaceFigures): BenchRow[] {
  const rows = measurements.map((m): BenchRow => {
    const row: BenchRow = {
      module: m.module,
      cases: m.strategies[0].cases.length,
      moments: m.moments.moments,
      'expert longest %': percent(m.moments.moments && m.moments.expertLongest / m.moments.moments),
      critical: m.moments.critical.length,
      'one slip fails': m.moments.oneSlipFails.length,
      'by points': m.moments.byPoints.length,
    };
    for (const s of caseStrategies)
      row[`${s.id} %`] = percent(m.strategies.find((o) => o.strategy === s.id)!.passShare);
    return row;
  });
  const sum = (pick: (m: SurfaceMeasurement) => number) =>
    measurements.reduce((total, m) => total + pick(m), 0);
  const moments = sum((m) => m.moments.moments);
  const total: BenchRow = {
    module: 'alle modules',
    cases: sum((m) => m.strategies[0].cases.length),
    moments,
    'expert longest %': percent(moments && sum((m) => m.moments.expertLongest) / moments),
    critical: sum((m) => m.moments.critical.length),
    'one slip fails': sum((m) => m.moments.oneSlipFails.length),
    'by points': sum((m) => m.moments.byPoints.length),
  };
  for (const s of caseStrategies) {
    const outcomes = measurements.map((m) => m.strategies.find((o) => o.strategy === s.id)!);
    const attempts = outcomes.reduce((n, o) => n + o.attempts, 0);
    total[`${s.id} %`] = percent(attempts && outcomes.reduce((n, o) => n + o.passed, 0) / attempts);
  }
  return [...rows, total];
}

/** Per module: its questions, and the share each strategy answers right. */
export function questionRows({ measurements }: SurfaceFigures): BenchRow[] {
  const row = (module: string, outcomes: SurfaceMeasurement['strategies'][]): BenchRow => {
    const tally = (id: string, part: 'all' | 'single' | 'multiple') => {
      const list = outcomes.map((o) => o.find((s) => s.strategy === id)!.questions[part]);
      const count = list.reduce((n, t) => n + t.count, 0);
      return { count, share: count === 0 ? null : list.reduce((n, t) => n + t.right, 0) / count };
    };
    const result: BenchRow = {
      module,
      questions: tally('longest', 'all').count,
      single: tally('longest', 'single').count,
      multiple: tally('longest', 'multiple').count,
    };
    for (const s of surfaceStrategies) result[`${s.id} %`] = percent(tally(s.id, 'all').share);
    result['longest on single %'] = percent(tally('longest', 'single').share);
    result['all-but-shortest on multiple %'] = percent(tally('all-but-shortest', 'multiple').share);
    return result;
  };
  return [
    ...measurements.map((m) => row(m.module, [m.strategies])),
    row(
      'alle modules',
      measurements.map((m) => m.strategies),
    ),
  ];
}

/** One cell of the cue table: rate/chance in %, the number of items, ▲/▼ when flagged. */
export function cueCell(result: CueResult): string {
  if (result.items === 0) return '–';
  const flag = result.flag === 'above' ? ' ▲' : result.flag === 'below' ? ' ▼' : '';
  return `${percent(result.rate)}/${percent(result.chance)} n${result.items}${flag}`;
}

/** Per module and kind of item (moments, questions), every cue as rate/chance; all modules pooled last. */
export function cueRows({ modules }: SurfaceFigures): BenchRow[] {
  const row = (module: string, kind: 'moment' | 'question', items: ReturnType<typeof cueItems>): BenchRow => {
    const results = measureCues(items.filter((item) => item.kind === kind));
    const result: BenchRow = { module, items: kind === 'moment' ? 'moments' : 'questions' };
    for (const detector of cueDetectors)
      result[detector.id] = cueCell(results.find((r) => r.cue === detector.id)!);
    result.flags = results.filter((r) => r.flag).length;
    return result;
  };
  const all = modules.flatMap(cueItems);
  return [
    ...modules.flatMap((module) => {
      const items = cueItems(module);
      return [row(module.id, 'moment', items), row(module.id, 'question', items)];
    }),
    row('alle modules', 'moment', all),
    row('alle modules', 'question', all),
  ];
}

export const surfaceCaseAttempts: BenchSection = {
  name: 'surface strategies (case attempts passed)',
  run: ({ root }) => caseRows(surfaceFigures(root)),
};

export const surfaceQuestions: BenchSection = {
  name: 'surface strategies (knowledge-check questions right)',
  run: ({ root }) => questionRows(surfaceFigures(root)),
};

export const surfaceCueTable: BenchSection = {
  name: 'surface cues (rate/chance %, items; ▲▼ flagged)',
  run: ({ root }) => cueRows(surfaceFigures(root)),
};
