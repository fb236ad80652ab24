import { describe, expect, it } from 'vitest';
import { encodeProgress, SUSPEND_DATA_LIMIT } from '../../../modules/progress/progress-codec.ts';
import { decodeProgress } from '../../../modules/progress/decode-progress.ts';
import type { ProgressModule } from '../../../modules/progress/progress-module.ts';
import { lessonKey, questionKey, type Answer, type Progress } from '../../../modules/progress/progress.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { hashCase } from '../../../modules/scoring/hash-case.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { attemptId } from '../../../modules/scoring/attempt.ts';
import { attempt, progress, syntheticModule, syntheticRoute } from './helpers.ts';

/** What the compact string keeps: everything but the time of each decision. */
const withoutDecisionTimes = (p: Progress): Progress => ({
  ...p,
  attempts: p.attempts.map((a) => ({ ...a, events: a.events.map(({ node, choice }) => ({ node, choice })) })),
});

/**
 * A learner who read every lesson, answered every question (right at once, right after wrong tries
 * with options in the order chosen, or kept from version 1), played each case `perCase` times and
 * completed the module.
 */
function fullProgress(module: ProgressModule, perCase: number, retries: number): Progress {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute, 17, 123)).toISOString();
  const full = progress({
    lessons: module.lessons.map((lesson) => lessonKey(module.id, lesson.slug)).sort(),
    answers: Object.fromEntries(
      module.lessons.flatMap((lesson, l) =>
        lesson.questions.map((question, q) => [
          questionKey(module.id, lesson.slug, question.id),
          answerOf(
            q % 3,
            // Multiple choice, chosen out of written order: the order chosen is kept.
            q % 2 ? [question.options[2].id, question.options[0].id] : [question.options[1].id],
            at(l * 5 + q),
            at(l * 5 + q + 1),
          ),
        ]),
      ),
    ),
    attempts: module.cases.flatMap(({ def, hash }, c) =>
      Array.from({ length: perCase }, (_, n) => ({
        kind: 'poging' as const,
        version: 2 as const,
        caseId: def.id,
        caseVersion: def.version,
        caseHash: hash,
        startedAt: at(100 + c * 20 + n),
        seed: 4294967295 - c * 1000 - n,
        events: syntheticRoute(def as Parameters<typeof syntheticRoute>[0], n === 0 ? retries : 0),
      })),
    ),
    completed: { [module.id]: at(500) },
    seed: 4294967295,
  });
  // Measured time on every lesson and attempt, an hour or more each: the longest entries there are.
  full.time = {
    lessons: Object.fromEntries(full.lessons.map((key, i) => [key, 3600 + i])),
    attempts: Object.fromEntries(full.attempts.map((a, i) => [attemptId(a), 7200 + i])),
  };
  return full;
}

function answerOf(kind: number, options: string[], first: string, last: string): Answer {
  if (kind === 0)
    return {
      tries: 1,
      first: { options, right: true, at: first },
      last: { options, right: true, at: first },
    };
  if (kind === 1)
    return {
      tries: 4,
      first: { options, right: false, at: first },
      last: { options: [...options].reverse(), right: true, at: last },
    };
  return { tries: 1, first: null, last: { options, right: null, at: first } };
}

function encoded(p: Progress, module: ProgressModule) {
  const result = encodeProgress(p, module);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('the compact progress string', () => {
  const module = syntheticModule(7, 5, 6, 15);

  it('round-trips a full module: lessons, answers (first try, tries, the try that counts, in the order chosen), attempts with seeds, completion, the seed', () => {
    const full = fullProgress(module, 3, 5);
    expect(decodeProgress(encoded(full, module), module)).toEqual({
      ok: true,
      value: withoutDecisionTimes(full),
    });
  });

  it('round-trips empty and partial progress', () => {
    expect(encoded(progress(), module)).toBe('p3~~~~~~~');
    expect(decodeProgress('p3~~~~~~~', module)).toEqual({ ok: true, value: progress() });
    expect(decodeProgress('p2~~~~~0', module)).toEqual({ ok: true, value: progress({ seed: 0 }) });
    const partial = progress({
      lessons: ['onderwijs/les-7'],
      answers: {
        'onderwijs/les-3#vraag-2': answerOf(
          1,
          ['optie-d'],
          '2026-11-22T09:00:00.000Z',
          '2026-11-22T09:01:00.000Z',
        ),
      },
      attempts: [{ ...fullProgress(module, 1, 0).attempts[4], seed: null, events: [] }],
    });
    expect(decodeProgress(encoded(partial, module), module)).toEqual({ ok: true, value: partial });
  });

  it('round-trips the expert routes of the real cases', async () => {
    const loaded = loadContent(new URL('../../../', import.meta.url).pathname).cases;
    const compiled = loaded.map((c) => c.compiled);
    const cases = await Promise.all(
      loaded.map(async ({ compiled: { def }, authored }) => ({ def, hash: await hashCase(authored) })),
    );
    const real: ProgressModule = { id: 'alle', lessons: [], cases };
    const p = progress({
      attempts: cases.map(({ def, hash }, i) => ({
        ...attempt(i, expertPath(compiled[i])!),
        caseId: def.id,
        caseVersion: def.version,
        caseHash: hash,
      })),
    });
    expect(decodeProgress(encoded(p, real), real)).toEqual({ ok: true, value: p });
    // Loading path-checks every real case: seconds, more on a busy machine.
  }, 60_000);

  it('reads strings written before the tries were kept (p1): answers as version 1 answers, to be answered again', () => {
    const at = '2026-11-22T09:00:00.000Z';
    const time = Date.parse(at).toString(36);
    expect(decodeProgress(`p1~1~,${time}.20~~${time}`, module)).toEqual({
      ok: true,
      value: progress({
        lessons: ['onderwijs/les-1'],
        answers: {
          'onderwijs/les-1#vraag-2': {
            tries: 1,
            first: null,
            last: { options: ['optie-c', 'optie-a'], right: null, at },
          },
        },
        completed: { onderwijs: at },
      }),
    });
    expect(decodeProgress('p1~~~~', module)).toEqual({ ok: true, value: progress() });
  });

  it('round-trips measured time per lesson and attempt, and keeps not measured apart from zero', () => {
    const first = { ...attempt(1), caseId: module.cases[0].def.id, caseHash: module.cases[0].hash };
    const route = syntheticRoute(module.cases[0].def as Parameters<typeof syntheticRoute>[0], 0);
    const played = [
      { ...first, events: route.map(({ node, choice }) => ({ node, choice })) },
      { ...first, startedAt: '2026-11-22T10:00:00.000Z', events: [] },
      { ...first, startedAt: '2026-11-22T11:00:00.000Z', events: [] },
    ];
    const timed = progress({
      lessons: [lessonKey(module.id, module.lessons[0].slug), lessonKey(module.id, module.lessons[2].slug)],
      attempts: played,
      time: {
        lessons: {
          [lessonKey(module.id, module.lessons[2].slug)]: 0,
          [lessonKey(module.id, module.lessons[4].slug)]: 95,
        },
        attempts: { [attemptId(played[1])]: 845 },
      },
    });
    const text = encoded(timed, module);
    expect(text).toMatch(/~,,0,,2n~,nh$/);
    expect(decodeProgress(text, module)).toEqual({ ok: true, value: timed });
  });

  it('reads a p2 string from before time was measured: nothing in it is measured', () => {
    const old = encoded(fullProgress(module, 1, 0), module)
      .split('~')
      .slice(0, 6);
    const read = decodeProgress(['p2', ...old.slice(1)].join('~'), module);
    expect(read).toMatchObject({ ok: true, value: { time: { lessons: {}, attempts: {} } } });
    expect(read.ok && read.value.lessons.length).toBeGreaterThan(0);
  });

  it('fits a full module of 7 lessons x 5 questions and 6 cases of 15 decisions well within suspend_data', () => {
    const once = encoded(fullProgress(module, 1, 0), module);
    const thrice = encoded(fullProgress(module, 3, 5), module);
    // With measured time on every lesson and attempt (about 4 characters each) once is just over a quarter.
    expect(once.length).toBeLessThan(SUSPEND_DATA_LIMIT / 3);
    expect(thrice.length).toBeLessThan(SUSPEND_DATA_LIMIT / 2);
  });

  it('reports, and does not cut short, progress too large for suspend_data', () => {
    const many = fullProgress(module, 40, 15);
    expect(encodeProgress(many, module)).toMatchObject({
      ok: false,
      code: 'te-lang',
      limit: 4096,
      message: expect.stringMatching(
        /^De voortgang is te groot om in het leerplatform te bewaren \(\d+ tekens, de grens is 4096\)\.$/,
      ),
    });
    expect(encodeProgress(many, module, { limit: 64_000 })).toMatchObject({ ok: true });
  });
});

describe('progress that does not belong to the module', () => {
  const module = syntheticModule(2, 2, 1, 3);
  const other = progress({
    lessons: ['kinderopvang/les-1'],
    answers: { 'onderwijs/les-1#vraag-1': answerOf(0, ['optie-z'], '2026-11-22T09:00:00.000Z', '') },
    attempts: [{ ...attempt(1), caseId: 'casus-1', caseVersion: 2 }],
    completed: { kinderopvang: '2026-11-22T12:00:00.000Z' },
  });

  it('is named, not written', () => {
    const result = encodeProgress(other, module);
    expect(result).toMatchObject({
      ok: false,
      code: 'past-niet',
      items: [
        'les kinderopvang/les-1',
        'antwoord onderwijs/les-1#vraag-1',
        'poging casus-1@1795338060000#7',
        'afgeronde module kinderopvang',
      ],
    });
    expect(result.ok || result.message).toMatch(
      /^Deze voortgang past niet bij de module "onderwijs" en kan niet kort worden bewaard: les kinderopvang/,
    );
  });

  it('is left out only when asked, and listed', () => {
    expect(encodeProgress(other, module, { dropUnfit: true })).toEqual({
      ok: true,
      value: 'p3~~~~~~~',
      dropped: expect.arrayContaining(['les kinderopvang/les-1']),
    });
  });
});

describe('a string that is not compact progress for this module', () => {
  const module = syntheticModule(2, 2, 1, 3);

  it('decodes to an error, never a throw', () => {
    const junk = [
      undefined,
      7,
      '',
      'p1',
      'p2~~~~',
      'p1~~~~~',
      'p1~*~~~',
      'p1~~x~~',
      'p1~~~0.1~',
      'p1~~~0.1.2.0~',
      'p1~~~~zzzzzzzzzz',
      'p1~'.padEnd(200_000, '~'),
      'p2~~~~',
      'p2~~~~~~',
      'p2~~~~~X',
      'p2~~~~~100000000',
      'p2~~mx5fi9iu.0~~~',
      'p2~~0.mx5fi9iu.0.g~~~',
      'p2~~1.mx5fi9iu.0~~~',
      'p2~~1.mx5fi9iu.0.j~~~',
      'p2~~1.mx5fi9iu..g~~~',
      'p2~~1.mx5fi9iu.0.g.y~~~',
      'p2~~1.mx5fi9iu.0.g.mx5fi9iu.0~~~',
      'p2~~1.mx5fi9iu.0.g.mx5fi9iu.0.o~~~',
      'p2~~1.mx5fi9iu.00.g~~~',
      'p3~~~~~~',
      'p3~~~~~~~~',
      'p3~~~~~~X~',
      'p3~~~~~~~-1',
      'p3~~~~~~1.5~',
      'p3~~~~~~zzzzzz~',
    ];
    for (const text of junk)
      expect(decodeProgress(text, module), String(text).slice(0, 20)).toMatchObject({
        ok: false,
        code: 'ongeldig',
      });
    let seed = 1;
    const chars = '0123456789abcxyzAZ-_.,~p';
    for (let n = 0; n < 2000; n++) {
      const text =
        (n % 2 ? 'p1~' : 'p2~') +
        Array.from(
          { length: (n % 40) + 1 },
          () => chars[(seed = (seed * 48271) % 2147483647) % chars.length],
        ).join('');
      expect(() => decodeProgress(text, module)).not.toThrow();
    }
  });

  it('says it belongs to another version of the module when positions do not fit', () => {
    const misfit = {
      ok: false,
      code: 'past-niet',
      message:
        'De bewaarde voortgang hoort bij een andere versie van deze module en kan niet worden gelezen.',
    };
    expect(decodeProgress('p1~8~~~', module)).toEqual(misfit); // a third lesson
    expect(decodeProgress('p1~~mx5fi9iu.4~~', module)).toEqual(misfit); // a fifth option
    expect(decodeProgress('p1~~,,,,mx5fi9iu.0~~', module)).toEqual(misfit); // a fifth question
    expect(decodeProgress('p1~~~1.mx5fi9iu.1..1~', module)).toEqual(misfit); // a second case
    expect(decodeProgress('p1~~~0.mx5fi9iu.1..3~', module)).toEqual(misfit); // a fourth choice
    expect(decodeProgress('p2~~1.mx5fi9iu.4.g~~~', module)).toEqual(misfit); // a fifth option
    expect(decodeProgress('p2~~1.mx5fi9iu.0.g.mx5fi9iu.4.f~~~', module)).toEqual(misfit); // in the first try
    expect(decodeProgress('p2~~,,,,1.mx5fi9iu.0.g~~~', module)).toEqual(misfit); // a fifth question
  });
});
