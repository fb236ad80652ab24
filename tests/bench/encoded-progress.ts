import { buildCaseGraph } from '../../modules/authoring/case-graph.ts';
import { STATE_LIMIT } from '../../modules/authoring/check-case-paths.ts';
import { loadContent, type LoadedContent } from '../../modules/authoring/load-content.ts';
import type { CompiledCase } from '../../modules/case/compile-case.ts';
import { expertPath, type LogStep } from '../../modules/case/expert-path.ts';
import { encodeProgress, SUSPEND_DATA_LIMIT } from '../../modules/progress/progress-codec.ts';
import type { ProgressModule } from '../../modules/progress/progress-module.ts';
import { emptyProgress, lessonKey, questionKey, type Progress } from '../../modules/progress/progress.ts';
import { ATTEMPT_KIND, ATTEMPT_VERSION, attemptId } from '../../modules/scoring/attempt.ts';
import { hashCase } from '../../modules/scoring/hash-case.ts';
import { encodeLog } from '../../modules/scoring/log-codec.ts';
import type { BenchRow, BenchSection } from './bench-section.ts';

// How long a module's whole progress is as SCORM 1.2 suspend_data (at most 4,096 characters), at its
// largest: every lesson read, every question answered, every case played once along its longest
// route, the module completed. Sizes are deterministic, so nothing is repeated or timed.

/**
 * The route with the most decisions from the start to an ending, as a player allows it: the case is
 * a DAG apart from wrong choices that return to their own node, and a retry offers only the choices
 * not yet tried there, so the longest route takes every such choice once before moving on. Searched
 * over the case graph (states × choices tried at the current node); ties go to the written order.
 */
export function longestRoute(compiled: CompiledCase, stateLimit = STATE_LIMIT): LogStep[] {
  const graph = buildCaseGraph(compiled, stateLimit);
  if (!graph) throw new Error(`${compiled.def.id}: more than ${stateLimit} states`);
  type Best = { length: number; next?: { choice: string; to: string; tried: string[] } };
  const memo = new Map<string, Best>();
  const walk = (key: string, tried: string[]): Best => {
    const memoKey = `${key}#${tried.join(',')}`;
    const known = memo.get(memoKey);
    if (known) return known;
    const state = graph.states.get(key)!;
    let best: Best = { length: compiled.nodes.get(state.node)!.end ? 0 : -Infinity };
    for (const edge of state.edges) {
      const retry = graph.states.get(edge.to)!.node === state.node;
      if (retry && tried.includes(edge.choice)) continue;
      const next = retry ? [...tried, edge.choice].sort() : [];
      const length = 1 + walk(edge.to, next).length;
      if (length > best.length) best = { length, next: { choice: edge.choice, to: edge.to, tried: next } };
    }
    memo.set(memoKey, best);
    return best;
  };
  if (walk(graph.start, []).length === -Infinity) throw new Error(`${compiled.def.id}: no route ends`);
  const route: LogStep[] = [];
  let key = graph.start;
  for (let step = walk(key, []).next; step; step = walk(step.to, step.tried).next) {
    route.push({ node: graph.states.get(key)!.node, choice: step.choice });
    key = step.to;
  }
  return route;
}

/** A module as the progress codec needs it, with each option's `correct` for answering right. */
export type ContentModule = Omit<ProgressModule, 'lessons'> & {
  lessons: readonly {
    slug: string;
    questions: readonly { id: string; options: readonly { id: string; correct: boolean }[] }[];
  }[];
};

/** One module (beroepsgroep) of the content in the shape the progress codec needs, in course order. */
export async function progressModule(content: LoadedContent, id: string): Promise<ContentModule> {
  return {
    id,
    lessons: content.lessons
      .filter((lesson) => lesson.beroepsgroep === id)
      .map(({ slug, lesson }) => ({ slug, questions: lesson.questions })),
    cases: await Promise.all(
      content.cases
        .filter(({ compiled }) => compiled.def.beroepsgroep === id)
        .map(async ({ compiled: { def } }) => ({ def, hash: await hashCase(def) })),
    ),
  };
}

/** The largest seed: 7 base-36 characters, as about half of all seeds take (those from 36⁶ ≈ 2.18 billion up). */
export const LARGEST_SEED = 0xffffffff;
const START = Date.UTC(2026, 10, 22, 9, 0, 0, 123);
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

/**
 * A learner's whole progress in one module: every lesson read, every question answered with its
 * right options, one attempt per case along `routes` (by case id, each decision with its time, as a
 * player records it), and the module completed.
 */
export function wholeProgress(
  module: ContentModule,
  routes: ReadonlyMap<string, readonly LogStep[]>,
): Progress {
  let minute = 0;
  const progress = emptyProgress();
  progress.lessons = module.lessons.map((lesson) => lessonKey(module.id, lesson.slug)).sort();
  for (const lesson of module.lessons)
    for (const question of lesson.questions)
      progress.answers[questionKey(module.id, lesson.slug, question.id)] = rightAtOnce(
        question.options.filter((option) => option.correct).map((option) => option.id),
        at(minute++),
      );
  for (const [i, { def, hash }] of module.cases.entries()) {
    const route = routes.get(def.id);
    if (!route) throw new Error(`no route for ${def.id}`);
    progress.attempts.push({
      kind: ATTEMPT_KIND,
      version: ATTEMPT_VERSION,
      caseId: def.id,
      caseVersion: def.version,
      caseHash: hash,
      startedAt: at(minute++),
      seed: LARGEST_SEED - i,
      events: route.map((step) => ({ ...step, at: at(minute++) })),
    });
  }
  progress.completed[module.id] = at(minute);
  // Measured time on every lesson and attempt, over an hour each: as long as a time entry gets.
  for (const [i, key] of progress.lessons.entries()) progress.time.lessons[key] = 3600 + i;
  for (const [i, attempt] of progress.attempts.entries())
    progress.time.attempts[attemptId(attempt)] = 7200 + i;
  return progress;
}

/** An answer right at the first try. */
function rightAtOnce(options: string[], at: string) {
  const tried = { options, right: true, at };
  return { tries: 1, first: tried, last: tried };
}

/** The compact string without a length limit, so a module over 4,096 characters is still measured. */
export function encodeWhole(progress: Progress, module: ProgressModule): string {
  const result = encodeProgress(progress, module, { limit: Number.MAX_SAFE_INTEGER });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** `part` of `whole` as a percentage with one decimal. */
export const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/**
 * Per module: the whole progress as compact suspend_data and as the plain JSON record the site keeps
 * (which also holds the time of each decision), then the largest module again.
 */
export async function progressRows(content: LoadedContent, routes: ReadonlyMap<string, LogStep[]>) {
  const rows = await Promise.all(
    content.beroepsgroepen.map(async ({ id }) => {
      const module = await progressModule(content, id);
      const progress = wholeProgress(module, routes);
      const encoded = encodeWhole(progress, module).length;
      return {
        module: id,
        lessons: module.lessons.length,
        questions: module.lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0),
        cases: module.cases.length,
        decisions: progress.attempts.reduce((sum, attempt) => sum + attempt.events.length, 0),
        'JSON chars': JSON.stringify(progress).length,
        'encoded chars': encoded,
        [`share of ${SUSPEND_DATA_LIMIT}`]: percent(encoded, SUSPEND_DATA_LIMIT),
        'room left': SUSPEND_DATA_LIMIT - encoded,
      } satisfies BenchRow;
    }),
  );
  const largest = rows.reduce((a, b) => (b['encoded chars'] > a['encoded chars'] ? b : a));
  return [...rows, { ...largest, module: `largest: ${largest.module}` }];
}

/** Per case: the compact log of the expert route and of the longest route, with the largest seed. */
export function caseLogRows(content: LoadedContent, routes: ReadonlyMap<string, LogStep[]>): BenchRow[] {
  return content.cases.map(({ compiled }) => {
    const { def } = compiled;
    const length = (events: readonly LogStep[]) => {
      const log = encodeLog(def, { seed: LARGEST_SEED, events });
      if (!log.ok) throw new Error(`${def.id}: ${log.message}`);
      return log.value.length;
    };
    const expert = expertPath(compiled)!;
    const longest = routes.get(def.id)!;
    return {
      case: def.id,
      module: def.beroepsgroep,
      'expert decisions': expert.length,
      'expert log chars': length(expert),
      'longest decisions': longest.length,
      'longest log chars': length(longest),
    };
  });
}

/** Content and longest routes per root, loaded once for both sections. */
const loaded = new Map<string, { content: LoadedContent; routes: Map<string, LogStep[]> }>();
function contentWithRoutes(root: string) {
  const known = loaded.get(root);
  if (known) return known;
  const content = loadContent(root);
  if (content.issues.length > 0) throw new Error(`content has issues: ${content.issues[0]!.message}`);
  const routes = new Map(content.cases.map(({ compiled }) => [compiled.def.id, longestRoute(compiled)]));
  loaded.set(root, { content, routes });
  return { content, routes };
}

export const encodedProgress: BenchSection = {
  name: `encoded progress (whole module, longest routes; SCORM 1.2 suspend_data ≤ ${SUSPEND_DATA_LIMIT} chars)`,
  async run({ root }) {
    const { content, routes } = contentWithRoutes(root);
    return progressRows(content, routes);
  },
};

export const encodedCaseLogs: BenchSection = {
  name: 'encoded progress: case logs (chars, seed of 7 base-36 digits)',
  run({ root }) {
    const { content, routes } = contentWithRoutes(root);
    return caseLogRows(content, routes);
  },
};
