import { describe, expect, it } from 'vitest';
import type { Cmi5Client, StatementOptions } from '../../../modules/lms/cmi5-client.ts';
import { LOCATION_STATE_ID, startCmi5Session } from '../../../modules/lms/cmi5-session.ts';
import { isoDuration } from '../../../modules/lms/scorm-time.ts';
import { addAttemptTime, addLessonTime } from '../../../modules/progress/progress-changes.ts';
import { attemptId } from '../../../modules/scoring/attempt.ts';
import { answerFromVersion1, emptyProgress } from '../../../modules/progress/progress.ts';
import { expertEvents } from '../scoring/helpers.ts';
import { at, attemptAt, failingEvents, fullProgress, lmsModule, memoryMirror } from './helpers.ts';

/** A cmi5 client that records what it is asked to send, and fails when told to. */
function fakeClient(launch: Partial<ReturnType<Cmi5Client['getLaunchData']>> = {}) {
  const sent: string[] = [];
  /** The duration each status statement would carry after the session's transform. */
  const durations: string[] = [];
  const timed = (what: string, options?: StatementOptions) =>
    durations.push(`${what} ${options?.transform?.({ result: { duration: 'PT9H' } }).result?.duration}`);
  const state = new Map<string, unknown>();
  const fail = { statements: false, state: false, initialize: false };
  const send = (what: string) => async () => {
    if (fail.statements) throw new Error('LRS weg');
    sent.push(what);
  };
  const client: Cmi5Client = {
    initialize: async () => {
      if (fail.initialize) throw new Error('geen token');
      sent.push('initialized');
    },
    getLaunchParameters: () => ({ activityId: 'urn:au', registration: 'r-1', actor: { name: 'L' } }),
    getLaunchData: () => ({ launchMode: 'Normal', moveOn: 'CompletedAndPassed', ...launch }),
    complete: async (options) => {
      await send('completed')();
      timed('completed', options);
    },
    pass: async (score, options) => {
      await send(`passed ${score?.raw}`)();
      timed('passed', options);
    },
    fail: async (score, options) => {
      await send(`failed ${score?.raw}`)();
      timed('failed', options);
    },
    terminate: async (options) => {
      await send('terminated')();
      timed('terminated', options);
    },
    interactionChoice: async (testId, questionId, answers) =>
      send(`answered ${testId}/${questionId}=${answers.join('+')}`)(),
    xapi: {
      getState: async ({ stateId }) => {
        if (!state.has(stateId)) throw new Error('404');
        return { data: state.get(stateId) };
      },
      setState: async ({ stateId, state: value }) => {
        if (fail.state) throw new Error('LRS weg');
        state.set(stateId, value);
      },
    },
  };
  return { client, sent, durations, state, fail };
}

async function start(fake = fakeClient()) {
  const notices: string[] = [];
  const session = await startCmi5Session(fake.client, {
    module: lmsModule,
    mirrorFor: memoryMirror,
    notify: (t) => notices.push(t),
  });
  return { ...fake, session: session!, notices };
}

describe('the cmi5 session', () => {
  it('reports each answer and decision once, then completed and passed, and terminated last', async () => {
    const { session, sent } = await start();
    await session.store.save(fullProgress());
    await session.store.save(fullProgress());
    await session.finish();
    expect(sent).toEqual([
      'initialized',
      'answered kennischeck-signalen/eerste=noteren',
      'answered kennischeck-signalen/wie=aandacht+collega',
      'answered kennischeck-melden/meldrecht=nee',
      ...expertEvents.map((e) => `answered casus-geldig-v1/${e.node}=${e.choice}`),
      'completed',
      'passed 100',
      'terminated',
    ]);
    expect(session.satisfied()).toBe(true);
  });

  it('sends no score before the module is complete: no passed or failed for a case played well alone', async () => {
    const { session, sent } = await start();
    await session.store.save({ ...fullProgress(), lessons: ['onderwijs/signalen'], answers: {} });
    expect(sent.filter((s) => /^(passed|failed|completed)/.test(s))).toEqual([]);
    await session.store.save(fullProgress());
    expect(sent.filter((s) => /^(passed|failed|completed)/.test(s))).toEqual(['completed', 'passed 100']);
  });

  it('calls the LRS no more after terminated: a later save or load stays in the browser', async () => {
    const fake = fakeClient();
    const { session, sent } = await start(fake);
    await session.store.save({ ...emptyProgress(), lessons: ['onderwijs/signalen'] });
    await session.finish();
    const calls: string[] = [];
    const xapi = fake.client.xapi!;
    xapi.getState = async () => (calls.push('getState'), { data: null });
    xapi.setState = async () => void calls.push('setState');
    const before = sent.length;
    await session.store.save(fullProgress());
    const read = await session.store.load();
    await session.finish();
    expect(calls).toEqual([]);
    expect(sent.slice(before)).toEqual([]);
    expect(read?.ok && read.value.lessons).toEqual(fullProgress().lessons);
  });

  it('gives completed, passed and terminated the active time measured in this session, not the wall clock', async () => {
    const { session, durations } = await start();
    await session.store.load();
    const attempt = fullProgress().attempts[0]!;
    const halfway = addLessonTime(fullProgress(), 'onderwijs/signalen', 300);
    await session.store.save(halfway);
    await session.store.save(addAttemptTime(halfway, attemptId(attempt), 4020));
    await session.finish();
    // 300 s when it completed (and passed) with that save; 300 + 4020 s = 1 hour 12 minutes at the end.
    expect(durations).toEqual(['completed PT5M', 'passed PT5M', 'terminated PT1H12M']);
  });

  it('writes durations as ISO 8601', () => {
    expect([0, 45, 60, 3600, 4325, 90061].map(isoDuration)).toEqual([
      'PT0S',
      'PT45S',
      'PT1M',
      'PT1H',
      'PT1H12M5S',
      'PT25H1M1S',
    ]);
  });

  it('reports the first try at each question, with whether it was right, and never a later try', async () => {
    const fake = fakeClient();
    const success: (boolean | undefined)[] = [];
    const send = fake.client.interactionChoice;
    fake.client.interactionChoice = (...args) => {
      if (args[0].startsWith('kennischeck')) success.push(args[7]);
      return send(...args);
    };
    const { session, sent } = await start(fake);
    const key = 'onderwijs/signalen#eerste';
    const wrongFirst = {
      ...emptyProgress(),
      answers: {
        [key]: {
          tries: 1,
          first: { options: ['bellen'], right: false, at: at(1) },
          last: { options: ['bellen'], right: false, at: at(1) },
        },
      },
    };
    await session.store.save(wrongFirst);
    await session.store.save({
      ...wrongFirst,
      answers: {
        [key]: {
          ...wrongFirst.answers[key],
          tries: 2,
          last: { options: ['noteren'], right: true, at: at(2) },
        },
      },
    });
    await session.finish();
    expect(sent.filter((s) => s.startsWith('answered'))).toEqual([
      'answered kennischeck-signalen/eerste=bellen',
    ]);
    expect(success).toEqual([false]);
  });

  it('does not report an answer kept from version 1: its first try is not known, and was reported when made', async () => {
    const { session, sent } = await start();
    await session.store.save({
      ...emptyProgress(),
      answers: { 'onderwijs/signalen#eerste': answerFromVersion1({ options: ['noteren'], at: at(1) }) },
    });
    await session.finish();
    expect(sent).toEqual(['initialized', 'terminated']);
  });

  it('reports every decision even when a page reads the progress while they are being sent', async () => {
    const { session, sent } = await start();
    const saving = session.store.save(fullProgress());
    // A page in the frame (its module status) loads through the same store halfway through the sending.
    await Promise.resolve();
    await session.store.load();
    await saving;
    await session.finish();
    expect(sent.filter((s) => s.startsWith('answered casus-'))).toEqual(
      expertEvents.map((e) => `answered casus-geldig-v1/${e.node}=${e.choice}`),
    );
  });

  it('tells the learner when the module meets the LMS’s moveOn rule, once', async () => {
    const { session, notices } = await start(fakeClient({ moveOn: 'Completed' }));
    await session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    await session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    expect(session.satisfied()).toBe(true);
    expect(notices).toEqual(['Je leerplatform telt deze module nu als afgerond.']);
  });

  it('judges once a session: failed now, passed in a later session, never failed after passed', async () => {
    const fake = fakeClient();
    const first = await start(fake);
    await first.session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    await first.session.store.save(
      fullProgress([attemptAt(10, failingEvents), attemptAt(20, failingEvents, 3)]),
    );
    await first.session.finish();
    expect(fake.sent.filter((s) => /^(completed|passed|failed)/.test(s))).toEqual(['completed', 'failed 25']);
    fake.sent.length = 0;
    const second = await start(fake);
    await second.session.store.save(
      fullProgress([
        attemptAt(10, failingEvents),
        attemptAt(20, failingEvents, 3),
        attemptAt(30, expertEvents),
      ]),
    );
    await second.session.store.save(fullProgress([attemptAt(40, failingEvents)]));
    await second.session.finish();
    expect(fake.sent.filter((s) => /^(completed|passed|failed)/.test(s))).toEqual(['passed 100']);
  });

  it('when the LRS refuses: the learner is told once, the progress stays in the browser, and it is sent later', async () => {
    const fake = fakeClient();
    const { session, notices, sent } = await start(fake);
    fake.fail.statements = true;
    await session.store.save({
      ...emptyProgress(),
      lessons: ['onderwijs/signalen'],
      answers: fullProgress().answers,
    });
    expect(notices).toEqual([
      expect.stringMatching(/^Je leerplatform heeft een antwoord of keuze niet bewaard/),
    ]);
    expect(sent).toEqual(['initialized']);
    fake.fail.statements = false;
    await session.store.save(fullProgress());
    expect(sent.filter((s) => s.startsWith('answered kennischeck'))).toHaveLength(3);
  });

  it('remembers the page shown in the state API, and the next session of the registration opens it', async () => {
    const fake = fakeClient();
    const first = await start(fake);
    expect(first.session.location).toBeNull();
    first.session.setLocation('onderwijs/signalen/index.html');
    first.session.setLocation('onderwijs/melden/index.html');
    await first.session.finish();
    // Written before terminated, and nothing after it.
    first.session.setLocation('begrippen/index.html');
    await first.session.finish();
    expect(fake.state.get(LOCATION_STATE_ID)).toEqual({
      kind: 'cmi5-plek',
      version: 1,
      path: 'onderwijs/melden/index.html',
    });
    const second = await start(fake);
    expect(second.session.location).toBe('onderwijs/melden/index.html');
  });

  it('a page it cannot read from the state API is no page: the module opens at its start', async () => {
    const fake = fakeClient();
    fake.state.set(LOCATION_STATE_ID, { kind: 'iets-anders', path: 42 });
    expect((await start(fake)).session.location).toBeNull();
    fake.state.set(LOCATION_STATE_ID, '{"kind":"cmi5-plek","version":1,"path":"onderwijs/index.html"}');
    expect((await start(fake)).session.location).toBe('onderwijs/index.html');
  });

  it('without a token or launch data there is no session (the page then uses the browser)', async () => {
    const fake = fakeClient();
    fake.fail.initialize = true;
    expect(
      await startCmi5Session(fake.client, {
        module: lmsModule,
        mirrorFor: memoryMirror,
        notify: () => {},
      }),
    ).toBeNull();
  });

  it('a masteryScore decides passed or failed', async () => {
    const { session, sent } = await start(fakeClient({ masteryScore: 0.2 }));
    await session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    expect(sent).toContain('passed 25');
  });
});
