import type { LmsModule } from '../../../modules/lms/lms-module.ts';
import type { Clock, MirrorStore } from '../../../modules/lms/lms-store.ts';
import type { Scorm12Api } from '../../../modules/lms/scorm-api.ts';
import { createMemoryStore } from '../../../modules/progress/memory-store.ts';
import { emptyProgress, type Progress } from '../../../modules/progress/progress.ts';
import type { Attempt } from '../../../modules/scoring/attempt.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { expertEvents, fixtureCase } from '../scoring/helpers.ts';

export const compiledCase = fixtureCase();
export const HASH = `sha256:${'1'.padStart(64, '0')}`;

/** A small module: two lessons (two and one questions) and the valid fixture case. */
export const lmsModule: LmsModule = {
  id: 'onderwijs',
  name: 'Onderwijs',
  description: 'Voor de school.',
  sector: 'onderwijs',
  passPercentage: 70,
  lessons: [
    {
      slug: 'signalen',
      title: 'Signalen',
      minutes: 5,
      questions: [
        {
          id: 'eerste',
          prompt: 'Wat doe je eerst?',
          options: [
            { id: 'noteren', text: 'Noteren', correct: true },
            { id: 'bellen', text: 'Bellen', correct: false },
          ],
        },
        {
          id: 'wie',
          prompt: 'Met wie overleg je?',
          options: [
            { id: 'collega', text: 'Een collega', correct: true },
            { id: 'aandacht', text: 'De aandachtsfunctionaris', correct: true },
            { id: 'niemand', text: 'Niemand', correct: false },
          ],
        },
      ],
    },
    {
      slug: 'melden',
      title: 'Melden',
      minutes: 5,
      questions: [
        {
          id: 'meldrecht',
          prompt: 'Heb je toestemming nodig?',
          options: [
            { id: 'ja', text: 'Ja', correct: false },
            { id: 'nee', text: 'Nee', correct: true },
          ],
        },
      ],
    },
  ],
  cases: [
    { ...makeVerifyTable(compiledCase, HASH), minutes: compiledCase.def.minutes, def: compiledCase.def },
  ],
};

export const failingEvents = [
  { node: 'signalen', choice: 'niets' },
  { node: 'signalen', choice: 'noteren' },
  { node: 'overleg', choice: 'collega' },
  { node: 'gesprek', choice: 'nee' },
  { node: 'gesprek', choice: 'ja' },
  { node: 'afweging-1', choice: 'ja' },
  { node: 'afweging-1', choice: 'nee' },
];

export const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, 0) + minute * 60_000).toISOString();

/** An attempt at the fixture case, started `minute` minutes after 09:00, with decision times. */
export function attemptAt(
  minute: number,
  events: { node: string; choice: string }[],
  seed = 7 + minute,
): Attempt {
  return {
    kind: 'poging',
    version: 2,
    caseId: compiledCase.def.id,
    caseVersion: compiledCase.def.version,
    caseHash: HASH,
    startedAt: at(minute),
    seed,
    events: events.map((event, i) => ({ ...event, at: at(minute + i / 100) })),
  };
}

/** An answer right at the first try. */
export function rightAtOnce(options: string[], at: string) {
  const tried = { options, right: true, at };
  return { tries: 1, first: tried, last: tried };
}

/** Everything read and answered right, and the case played the expert way: the module is passed. */
export function fullProgress(attempts: Attempt[] = [attemptAt(10, expertEvents)]): Progress {
  return {
    ...emptyProgress(),
    lessons: ['onderwijs/melden', 'onderwijs/signalen'],
    answers: {
      'onderwijs/signalen#eerste': rightAtOnce(['noteren'], at(1)),
      'onderwijs/signalen#wie': rightAtOnce(['aandacht', 'collega'], at(2)),
      'onderwijs/melden#meldrecht': rightAtOnce(['nee'], at(3)),
    },
    attempts,
  };
}

/** A clock the test moves by hand; timers run when it passes their time. */
export function manualClock(start = Date.UTC(2026, 10, 22, 9, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimeout(run, ms) {
      const id = next++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.run();
    },
  };
}

export interface FakeScorm extends Scorm12Api {
  data: Map<string, string>;
  calls: string[];
  /** Elements whose LMSSetValue fails, with the error code the LMS then reports. */
  refuse: Map<string, string>;
  commitFails: boolean;
  lastError: unknown;
}

/**
 * A SCORM 1.2 API in memory that behaves like an LMS: "true"/"false" answers, error codes through
 * LMSGetLastError, suspend_data at most 4,096 characters (error 405), nothing after LMSFinish (101).
 */
export function fakeScorm(initial: Record<string, string> = {}): FakeScorm {
  const data = new Map(
    Object.entries({
      'cmi.core.lesson_status': 'not attempted',
      'cmi.core.student_id': 'leerling-1',
      ...initial,
    }),
  );
  let state: 'new' | 'running' | 'done' = 'new';
  const api: FakeScorm = {
    data,
    calls: [],
    refuse: new Map(),
    commitFails: false,
    lastError: '0',
    LMSInitialize() {
      api.calls.push('LMSInitialize');
      state = 'running';
      api.lastError = '0';
      return 'true';
    },
    LMSFinish() {
      api.calls.push('LMSFinish');
      state = 'done';
      return 'true';
    },
    LMSGetValue(element) {
      api.lastError = state === 'running' ? '0' : '301';
      return data.get(element) ?? '';
    },
    LMSSetValue(element, value) {
      api.calls.push(`set ${element}`);
      if (state !== 'running') return ((api.lastError = '301'), 'false');
      const refused = api.refuse.get(element);
      if (refused) return ((api.lastError = refused), 'false');
      if (element === 'cmi.suspend_data' && value.length > 4096) return ((api.lastError = '405'), 'false');
      data.set(element, value);
      api.lastError = '0';
      return 'true';
    },
    LMSCommit() {
      api.calls.push('LMSCommit');
      if (api.commitFails) return ((api.lastError = '101'), 'false');
      return 'true';
    },
    LMSGetLastError: () => api.lastError,
    LMSGetErrorString: (code) =>
      ({
        '101': 'General exception',
        '301': 'Not initialized',
        '351': 'Incorrect data type',
        '405': 'Incorrect Data Type',
      })[code] ?? '',
    LMSGetDiagnostic: () => '',
  };
  return api;
}

/** A mirror in memory, as localStorage would keep it. */
export function memoryMirror(): MirrorStore & { text: string | null; learner?: string } {
  const store = createMemoryStore();
  return Object.assign(store, { setAside: () => void (store.text = null) });
}
