import { describe, expect, it } from 'vitest';
import type { CourseModule } from '../../../modules/course/course-module.ts';
import { moduleStatus, recordCompletion } from '../../../modules/course/module-status.ts';
import { markLessonRead, recordAnswer } from '../../../modules/progress/progress-changes.ts';
import { answerFromVersion1 } from '../../../modules/progress/progress.ts';
import { makeVerifyTable } from '../../../modules/scoring/make-verify-table.ts';
import { expertEvents, fixtureCase } from '../scoring/helpers.ts';
import { answer, attempt, hash, progress } from '../progress/helpers.ts';

const compiled = fixtureCase();
const question = (id: string) => ({
  id,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
  ],
});
const lessons = [
  {
    slug: 'signalen',
    title: 'Signalen',
    minutes: 5,
    questions: [question('eerste-stap'), question('wie-bel-je')],
  },
  { slug: 'afwegingen', title: 'Afwegingen', minutes: 5, questions: [question('meldrecht')] },
];
/** The fixture case `geldig` (version 1, hash 1) in a module `onderwijs`, as the course ships it: its verify table. */
const module: CourseModule = {
  id: 'onderwijs',
  name: 'Onderwijs',
  lessons,
  cases: [{ ...makeVerifyTable(compiled, hash(1)), minutes: 10 }],
};

const now = new Date('2026-11-22T10:00:00.000Z');
const right = { options: ['a'], right: true };
const wrong = { options: ['b'], right: false };
const wrongFirst = [{ node: 'signalen', choice: 'niets' }, ...expertEvents]; // 6 of 8: 75 %, a pass
const failing = [
  { node: 'signalen', choice: 'niets' },
  expertEvents[0]!,
  { node: 'overleg', choice: 'vt' },
  expertEvents[1]!,
  { node: 'gesprek', choice: 'nee' },
  ...expertEvents.slice(2),
]; // 3 of 8

function everything() {
  let p = progress();
  for (const lesson of lessons) {
    p = markLessonRead(p, 'onderwijs', lesson.slug);
    for (const q of lesson.questions) p = recordAnswer(p, `onderwijs/${lesson.slug}#${q.id}`, right, now);
  }
  return { ...p, attempts: [attempt(1, expertEvents)] };
}

describe('moduleStatus', () => {
  it('starts with nothing done and everything to do', () => {
    const status = moduleStatus(module, progress());
    expect(status).toMatchObject({
      lessons: [
        { slug: 'signalen', read: false, right: 0, questions: 2 },
        { slug: 'afwegingen', read: false, right: 0, questions: 1 },
      ],
      cases: [
        {
          id: 'geldig',
          state: 'niet-gestart',
          best: null,
          bestAttempt: null,
          attempts: 0,
          older: 0,
          unreadable: 0,
        },
      ],
      totals: { lessonsRead: 0, lessons: 2, right: 0, questions: 3, casesPassed: 0, cases: 1 },
      remaining: { lessons: ['signalen', 'afwegingen'], questions: 3, cases: ['geldig'] },
      complete: false,
      completedAt: null,
    });
  });

  it('counts lessons read and questions answered right per lesson, ignoring other modules and removed questions', () => {
    let p = markLessonRead(progress(), 'onderwijs', 'signalen');
    p = markLessonRead(p, 'basis', 'signalen');
    p = recordAnswer(p, 'onderwijs/signalen#eerste-stap', right, now);
    p = recordAnswer(p, 'onderwijs/signalen#oude-vraag', right, now);
    p = recordAnswer(p, 'basis/afwegingen#meldrecht', right, now);
    const status = moduleStatus(module, p);
    expect(status.lessons[0]).toEqual({ slug: 'signalen', read: true, right: 1, firstTry: 1, questions: 2 });
    expect(status.lessons[1]).toEqual({
      slug: 'afwegingen',
      read: false,
      right: 0,
      firstTry: 0,
      questions: 1,
    });
    expect(status.remaining).toEqual({ lessons: ['afwegingen'], questions: 2, cases: ['geldig'] });
  });

  it('counts a question only once it is answered right: not a wrong answer, not an answer kept from version 1', () => {
    const key = 'onderwijs/signalen#eerste-stap';
    const tried = recordAnswer(progress(), key, wrong, now);
    expect(moduleStatus(module, tried).lessons[0]!.right).toBe(0);
    expect(moduleStatus(module, tried).remaining.questions).toBe(3);
    const old = progress({
      answers: { [key]: answerFromVersion1({ options: ['a'], at: now.toISOString() }) },
    });
    expect(moduleStatus(module, old).lessons[0]!.right).toBe(0);
    expect(moduleStatus(module, recordAnswer(tried, key, right, now)).lessons[0]!.right).toBe(1);
  });

  it('calls a case bezig while no attempt has reached an ending', () => {
    const status = moduleStatus(module, progress({ attempts: [attempt(1, expertEvents.slice(0, 2))] }));
    expect(status.cases[0]).toMatchObject({ state: 'bezig', best: null, attempts: 1 });
  });

  it('calls a case klaar with the best finished attempt: a pass before more points, then the most points', () => {
    const status = moduleStatus(
      module,
      progress({
        attempts: [attempt(1, failing), attempt(2, wrongFirst), attempt(3, expertEvents.slice(0, 1))],
      }),
    );
    expect(status.cases[0]).toMatchObject({
      state: 'klaar',
      best: { total: 6, max: 8, passed: true, complete: true },
      attempts: 3,
    });
    const failed = moduleStatus(module, progress({ attempts: [attempt(1, failing)] }));
    expect(failed.cases[0]).toMatchObject({ state: 'klaar', best: { total: 3, passed: false } });
    expect(failed.remaining.cases).toEqual(['geldig']);
  });

  it('lists attempts at another version or hash as older, and never counts them', () => {
    const older = [
      { ...attempt(1, expertEvents), caseVersion: 2 },
      { ...attempt(2, expertEvents), caseHash: hash(9) },
    ];
    const status = moduleStatus(module, progress({ attempts: older }));
    expect(status.cases[0]).toMatchObject({ state: 'niet-gestart', best: null, attempts: 0, older: 2 });
  });

  it('sets aside an attempt whose log does not fit the case, without a crash', () => {
    const edited = attempt(1, [{ node: 'overleg', choice: 'collega' }]);
    expect(moduleStatus(module, progress({ attempts: [edited] })).cases[0]).toMatchObject({
      state: 'niet-gestart',
      unreadable: 1,
    });
  });

  it('is complete with every lesson read, every question answered right and every case passed', () => {
    const done = everything();
    expect(moduleStatus(module, done)).toMatchObject({
      complete: true,
      remaining: { lessons: [], questions: 0, cases: [] },
      totals: { lessonsRead: 2, right: 3, casesPassed: 1 },
    });
    const wrongLast = {
      ...done,
      answers: { ...done.answers, 'onderwijs/afwegingen#meldrecht': answer(['b'], now.toISOString(), false) },
    };
    expect(moduleStatus(module, wrongLast)).toMatchObject({ complete: false, remaining: { questions: 1 } });
    expect(recordCompletion(module, wrongLast, now)).toBe(wrongLast);
    expect(moduleStatus(module, { ...done, attempts: [attempt(1, failing)] }).complete).toBe(false);
    expect(moduleStatus(module, { ...done, lessons: done.lessons.slice(1) }).complete).toBe(false);
  });

  it('reports when the record says the module was completed', () => {
    const done = { ...everything(), completed: { onderwijs: '2026-11-22T11:00:00.000Z' } };
    expect(moduleStatus(module, done).completedAt).toBe('2026-11-22T11:00:00.000Z');
    expect(moduleStatus({ ...module, id: 'constructor' }, done).completedAt).toBeNull();
  });

  it('gives the LMS a score: the mean percentage of the attempt that counts per case, not finished as 0', () => {
    expect(moduleStatus(module, progress()).score).toBeNull();
    // The pass (6 of 8) counts, not the later failed attempt, even with its points.
    const record = progress({ attempts: [attempt(1, wrongFirst), attempt(2, failing)] });
    expect(moduleStatus(module, record).score).toBe(75);
    const twoCases = { ...module, cases: [...module.cases, { ...module.cases[0]!, id: 'ander' }] };
    expect(moduleStatus(twoCases, record).score).toBe(38);
  });

  it('without cases, scores the questions answered right at the first try', () => {
    const noCases = { ...module, cases: [] };
    expect(moduleStatus(noCases, progress()).score).toBe(0);
    let p = recordAnswer(progress(), 'onderwijs/signalen#eerste-stap', wrong, now);
    p = recordAnswer(p, 'onderwijs/signalen#eerste-stap', right, now);
    p = recordAnswer(p, 'onderwijs/signalen#wie-bel-je', right, now);
    expect(moduleStatus(noCases, p)).toMatchObject({ score: 33, totals: { right: 2 } });
    expect(moduleStatus({ ...noCases, lessons: [] }, p).score).toBeNull();
  });

  it('counts progress over lessons read, questions right and cases finished, and says when all is finished', () => {
    expect(moduleStatus(module, progress()).progress).toBe(0);
    const failed = { ...everything(), attempts: [attempt(1, failing)] };
    expect(moduleStatus(module, failed)).toMatchObject({ progress: 100, finished: true, complete: false });
    const half = { ...failed, attempts: [], lessons: failed.lessons.slice(1) };
    expect(moduleStatus(module, half)).toMatchObject({ progress: 66, finished: false }); // 4 of 6;
  });

  it('names the attempt that counts: the earliest of equal passes', () => {
    const first = attempt(1, expertEvents);
    const status = moduleStatus(module, progress({ attempts: [first, attempt(2, expertEvents)] }));
    expect(status.cases[0]!.bestAttempt).toBe(first);
  });

  it('records the completion once, only when the module is complete', () => {
    const done = everything();
    const recorded = recordCompletion(module, done, now);
    expect(recorded.completed).toEqual({ onderwijs: now.toISOString() });
    expect(recordCompletion(module, recorded, new Date('2027-01-01T00:00:00.000Z'))).toBe(recorded);
    const halfway = { ...done, attempts: [] };
    expect(recordCompletion(module, halfway, now)).toBe(halfway);
  });
});
