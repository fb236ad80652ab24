import type { CaseDef } from '../../../modules/case/case.schema.ts';
import type { ProgressModule } from '../../../modules/progress/progress-module.ts';
import { emptyProgress, type Answer, type Progress } from '../../../modules/progress/progress.ts';
import type { Attempt } from '../../../modules/scoring/attempt.ts';

export const hash = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

/** An attempt at the fixture case `geldig` (tests/unit/case/fixtures), started at the given minute. */
export function attempt(minute: number, events: Attempt['events'] = [], seed: number | null = 7): Attempt {
  return {
    kind: 'poging',
    version: 2,
    caseId: 'geldig',
    caseVersion: 1,
    caseHash: hash(1),
    startedAt: new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString(),
    seed,
    events,
  };
}

/** An answer checked once: right or wrong at its first try. */
export function answer(options: string[], at: string, right = true): Answer {
  return { tries: 1, first: { options, right, at }, last: { options, right, at } };
}

/** Progress with the given parts; the rest empty. */
export function progress(parts: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), ...parts };
}

/**
 * A case shaped like the real ones, at full size: `decisions` moments in a row, each with a right
 * choice that moves on and two wrong ones that return to the moment, then an ending.
 */
export function syntheticCase(id: string, decisions: number): CaseDef {
  const node = (i: number) => `moment-${i}`;
  const choice = (choiceId: string, next: string, score: number) => ({
    id: choiceId,
    label: 'Ik kies.',
    verdict: score > 0 ? ('goed' as const) : ('fout' as const),
    score,
    feedback: 'Feedback.',
    rationale: 'Waarom.',
    next,
  });
  return {
    id,
    version: 1,
    title: id,
    beroepsgroep: 'onderwijs',
    client: 'kind',
    summary: 'Synthetisch.',
    goals: ['Meten.'],
    minutes: 10,
    passPercentage: 70,
    start: node(0),
    nodes: [
      ...Array.from({ length: decisions }, (_, i) => ({
        id: node(i),
        phase: 'stap-1' as const,
        situation: 'Situatie.',
        question: 'Wat doe je?',
        choices: [choice('fout-a', node(i), 0), choice('goed', node(i + 1), 2), choice('fout-b', node(i), 0)],
      })),
      { id: node(decisions), phase: 'afweging-1' as const, situation: 'Einde.', end: true as const },
    ],
  };
}

/** A full-size module: `lessons` lessons of `questions` questions with four options, and `cases` cases. */
export function syntheticModule(lessons = 7, questions = 5, cases = 6, decisions = 15): ProgressModule {
  return {
    id: 'onderwijs',
    lessons: Array.from({ length: lessons }, (_, l) => ({
      slug: `les-${l + 1}`,
      questions: Array.from({ length: questions }, (_, q) => ({
        id: `vraag-${q + 1}`,
        options: ['a', 'b', 'c', 'd'].map((id) => ({ id: `optie-${id}` })),
      })),
    })),
    cases: Array.from({ length: cases }, (_, c) => ({
      def: syntheticCase(`casus-${c + 1}`, decisions),
      hash: hash(c + 1),
    })),
  };
}

/** Events of a route through a synthetic case with `retries` wrong first tries spread over it. */
export function syntheticRoute(def: CaseDef, retries: number): Attempt['events'] {
  const events: Attempt['events'] = [];
  const decisions = def.nodes.length - 1;
  for (let i = 0; i < decisions; i++) {
    const at = `2026-11-22T09:${String(i % 60).padStart(2, '0')}:00.000Z`;
    if (i < retries) events.push({ node: `moment-${i}`, choice: i % 2 ? 'fout-a' : 'fout-b', at });
    events.push({ node: `moment-${i}`, choice: 'goed', at });
  }
  return events;
}
