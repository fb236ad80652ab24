import { describe, expect, it, vi } from 'vitest';
import { moduleFingerprint } from '../../../modules/lms/lms-module.ts';
import { COMMIT_INTERVAL, startScormSession } from '../../../modules/lms/scorm-store.ts';
import { decodeProgress } from '../../../modules/progress/decode-progress.ts';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { addLessonTime } from '../../../modules/progress/progress-changes.ts';
import { expertEvents } from '../scoring/helpers.ts';
import {
  attemptAt,
  fakeScorm,
  failingEvents,
  fullProgress,
  lmsModule,
  manualClock,
  memoryMirror,
} from './helpers.ts';

function start(api = fakeScorm(), mirror = memoryMirror(), clock = manualClock()) {
  const notices: string[] = [];
  const mirrorFor = vi.fn(() => mirror);
  const session = startScormSession(api, {
    module: lmsModule,
    mirrorFor,
    notify: (t) => notices.push(t),
    clock,
  });
  return { api, mirror, clock, notices, session: session!, mirrorFor };
}

const withoutDecisionTimes = (p: ReturnType<typeof fullProgress>) => ({
  ...p,
  attempts: p.attempts.map((a) => ({ ...a, events: a.events.map(({ node, choice }) => ({ node, choice })) })),
});

describe('the SCORM 1.2 store', () => {
  it('starts the attempt: incomplete, exit suspend, a mirror per learner', () => {
    const { api, mirrorFor } = start();
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.data.get('cmi.core.exit')).toBe('suspend');
    expect(mirrorFor).toHaveBeenCalledWith('leerling-1');
  });

  it('writes compact suspend_data, then passed with the score when the module is decided', async () => {
    const { api, session, mirror } = start();
    await session.store.save({ ...emptyProgress(), lessons: ['onderwijs/signalen'] });
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.data.has('cmi.core.score.raw')).toBe(false);
    await session.store.save(fullProgress());
    const text = api.data.get('cmi.suspend_data')!;
    expect(text.startsWith(`${moduleFingerprint(lmsModule)}!p3~`)).toBe(true);
    expect(decodeProgress(text.split('!')[1], lmsModule)).toEqual({
      ok: true,
      value: withoutDecisionTimes(fullProgress()),
    });
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    expect([
      api.data.get('cmi.core.score.raw'),
      api.data.get('cmi.core.score.min'),
      api.data.get('cmi.core.score.max'),
    ]).toEqual(['100', '0', '100']);
    expect(JSON.parse(mirror.text!)).toEqual(fullProgress());
  });

  it('sends no score before the module is complete: a gradebook that takes the highest score cannot see a pass', async () => {
    const { api, session } = start();
    // The case played the expert way (100 %), but a lesson is unread and a question unanswered.
    const partial = { ...fullProgress(), lessons: ['onderwijs/signalen'], answers: {} };
    await session.store.save(partial);
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.data.has('cmi.core.score.raw')).toBe(false);
    expect(api.calls.filter((c) => c.startsWith('set cmi.core.score'))).toEqual([]);
    await session.store.save(fullProgress());
    expect(api.data.get('cmi.core.score.raw')).toBe('100');
  });

  it('says failed when everything is done but the case is not passed, and never undoes passed', async () => {
    const { api, session } = start();
    await session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    expect(api.data.get('cmi.core.lesson_status')).toBe('failed');
    expect(api.data.get('cmi.core.score.raw')).toBe('25');
    await session.store.save(fullProgress([attemptAt(10, failingEvents), attemptAt(20, expertEvents)]));
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
    const again = start(fakeScorm({ 'cmi.core.lesson_status': 'passed' }));
    await again.session.store.save(fullProgress([attemptAt(10, failingEvents)]));
    expect(again.api.data.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('commits after a save, at most once per interval, and the rest when the interval ends', async () => {
    const { api, session, clock } = start();
    await session.store.save(fullProgress());
    await session.store.save(fullProgress());
    await session.store.save(fullProgress());
    expect(api.calls.filter((c) => c === 'LMSCommit')).toHaveLength(1);
    clock.advance(COMMIT_INTERVAL);
    expect(api.calls.filter((c) => c === 'LMSCommit')).toHaveLength(2);
  });

  it('finishes with the session time as HHHH:MM:SS.SS, exit suspend, a commit and LMSFinish, once', async () => {
    const { api, session, clock } = start();
    await session.store.load();
    await session.store.save(addLessonTime(fullProgress(), 'onderwijs/signalen', (1 * 60 + 2) * 60 + 3));
    clock.advance(5 * 3600 * 1000);
    session.finish();
    session.finish();
    // The active time the pages measured in this session, not the five hours the window was open.
    expect(api.data.get('cmi.core.session_time')).toBe('0001:02:03.00');
    expect(api.calls.slice(-3)).toEqual(['set cmi.core.exit', 'LMSCommit', 'LMSFinish']);
    expect(api.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it('calls nothing of the API after LMSFinish: a later save or load stays in the browser (SCORM 1.2 error 301)', async () => {
    const api = fakeScorm();
    const after: string[] = [];
    let done = false;
    const spied = new Proxy(api, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (done) after.push(String(name));
          if (name === 'LMSFinish') done = true;
          return value.apply(target, args);
        };
      },
    });
    const { session, mirror } = start(spied);
    await session.store.save({ ...emptyProgress(), lessons: ['onderwijs/signalen'] });
    session.finish();
    await session.store.save(fullProgress());
    const read = await session.store.load();
    session.setLocation('onderwijs/melden/index.html');
    // The browser still has what was done after finishing.
    expect(read?.ok && read.value.lessons).toEqual(fullProgress().lessons);
    expect(JSON.parse(mirror.text!)).toEqual(fullProgress());
    await session.store.clear();
    session.finish();
    expect(after).toEqual([]);
  });

  it('reports only the time measured in this session, not what earlier sessions measured', async () => {
    const earlier = addLessonTime(fullProgress(), 'onderwijs/signalen', 600);
    const { api, session } = start();
    await session.store.save(earlier);
    session.finish();
    const again = start(fakeScorm({ 'cmi.suspend_data': api.data.get('cmi.suspend_data')! }));
    const stored = await again.session.store.load();
    expect(stored?.ok && stored.value.time.lessons).toEqual({ 'onderwijs/signalen': 600 });
    await again.session.store.save(addLessonTime(earlier, 'onderwijs/signalen', 45));
    again.session.finish();
    expect(again.api.data.get('cmi.core.session_time')).toBe('0000:00:45.00');
  });

  it('reports no time for a session that measured none (nothing visible and active), not the wall clock', async () => {
    const { api, session, clock } = start();
    await session.store.load();
    clock.advance(3600 * 1000);
    session.finish();
    expect(api.data.get('cmi.core.session_time')).toBe('0000:00:00.00');
  });

  it('resumes from suspend_data alone, for example on another computer', async () => {
    const first = start();
    await first.session.store.save(fullProgress());
    first.session.finish();
    const second = start(
      fakeScorm({ 'cmi.suspend_data': first.api.data.get('cmi.suspend_data')!, 'cmi.core.entry': 'resume' }),
    );
    expect(await second.session.store.load()).toEqual({
      ok: true,
      value: withoutDecisionTimes(fullProgress()),
    });
  });

  it('resumes from suspend_data an earlier package wrote (p1): its answers are to be answered again', async () => {
    const at = new Date(Date.UTC(2026, 10, 22, 9, 1)).toISOString();
    const written = `${moduleFingerprint(lmsModule)}!p1~3~${Date.parse(at).toString(36)}.0~~`;
    const { session, api } = start(fakeScorm({ 'cmi.suspend_data': written, 'cmi.core.entry': 'resume' }));
    expect(await session.store.load()).toEqual({
      ok: true,
      value: {
        ...emptyProgress(),
        lessons: ['onderwijs/melden', 'onderwijs/signalen'],
        answers: {
          'onderwijs/signalen#eerste': {
            tries: 1,
            first: null,
            last: { options: ['noteren'], right: null, at },
          },
        },
      },
    });
    const loaded = await session.store.load();
    await session.store.save(loaded?.ok ? loaded.value : emptyProgress());
    expect(api.data.get('cmi.suspend_data')).toMatch(/!p3~3~1\.[0-9a-z]+\.0\.o\.x~~~~~$/);
    expect(api.data.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('remembers the page shown in lesson_location, for the next launch', () => {
    const first = start();
    expect(first.session.location).toBeNull();
    first.session.setLocation('onderwijs/signalen/index.html');
    first.session.finish();
    expect(first.api.data.get('cmi.core.lesson_location')).toBe('onderwijs/signalen/index.html');
    const second = start(fakeScorm({ 'cmi.core.lesson_location': 'onderwijs/signalen/index.html' }));
    expect(second.session.location).toBe('onderwijs/signalen/index.html');
  });

  it('merges what the browser kept with what the LMS kept', async () => {
    const mirror = memoryMirror();
    await mirror.save({ ...emptyProgress(), lessons: ['onderwijs/melden'] });
    const first = start();
    await first.session.store.save({ ...emptyProgress(), lessons: ['onderwijs/signalen'] });
    const second = start(fakeScorm({ 'cmi.suspend_data': first.api.data.get('cmi.suspend_data')! }), mirror);
    const read = await second.session.store.load();
    expect(read?.ok && read.value.lessons).toEqual(['onderwijs/melden', 'onderwijs/signalen']);
  });
});

describe('a misbehaving LMS', () => {
  it('refusing a value: the learner is told in Dutch, once, and the progress stays in the browser', async () => {
    const api = fakeScorm();
    api.refuse.set('cmi.suspend_data', '351');
    const { session, notices, mirror } = start(api);
    await session.store.save(fullProgress());
    await session.store.save(fullProgress());
    expect(notices).toEqual([
      expect.stringMatching(
        /^Je leerplatform heeft je voortgang niet bewaard\. Je voortgang staat nog wel in deze browser/,
      ),
    ]);
    expect(session.problems).toContainEqual({
      call: 'LMSSetValue',
      element: 'cmi.suspend_data',
      code: 351,
      message: 'Incorrect data type',
    });
    expect(JSON.parse(mirror.text!)).toEqual(fullProgress());
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed'); // the rest still went through
  });

  it('a commit that fails is said, and the course goes on', async () => {
    const api = fakeScorm();
    api.commitFails = true;
    const { session, notices } = start(api);
    await expect(session.store.save(fullProgress())).resolves.toBeUndefined();
    expect(notices.join(' ')).toMatch(/je laatste stappen niet bewaard/);
  });

  it('strings where numbers belong, numbers where strings belong, and throws: no crash', async () => {
    const api = fakeScorm();
    api.LMSGetLastError = () => 'geen getal';
    api.LMSGetValue = (element: string) => (element === 'cmi.core.lesson_status' ? 42 : undefined);
    api.LMSSetValue = () => {
      throw new Error('kapot');
    };
    const { session, notices } = start(api);
    await session.store.save(fullProgress());
    expect(session.problems[0]).toMatchObject({ call: 'LMSSetValue', code: null, message: 'kapot' });
    expect(notices.length).toBeGreaterThan(0);
    expect(() => session.finish()).not.toThrow();
  });

  it('an LMS that does not initialize gives no session (the page then uses the browser)', () => {
    const api = fakeScorm();
    api.LMSInitialize = () => 'false';
    expect(
      startScormSession(api, { module: lmsModule, mirrorFor: memoryMirror, notify: () => {} }),
    ).toBeNull();
    api.LMSInitialize = () => {
      throw new Error('weg');
    };
    expect(
      startScormSession(api, { module: lmsModule, mirrorFor: memoryMirror, notify: () => {} }),
    ).toBeNull();
  });

  it('suspend_data of another version of the module is set aside, not misread', async () => {
    const keepAside = vi.fn();
    const api = fakeScorm({ 'cmi.suspend_data': 'oud123!p1~3~~~' });
    const notices: string[] = [];
    const session = startScormSession(api, {
      module: lmsModule,
      mirrorFor: memoryMirror,
      notify: (t) => notices.push(t),
      keepAside,
    })!;
    expect(await session.store.load()).toBeNull();
    expect(keepAside).toHaveBeenCalledWith('oud123!p1~3~~~');
    expect(notices).toEqual([expect.stringMatching(/andere versie van deze module/)]);
  });
});

describe('suspend_data at its limit of 4,096 characters', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => attemptAt(10 + i * 20, expertEvents, 4_000_000_000 - i));

  it('leaves out the oldest attempts of passed cases, keeps the unfinished one, and says so', async () => {
    const unfinished = attemptAt(9000, expertEvents.slice(0, 2), 1);
    const progress = fullProgress([...many(200), unfinished]);
    const { api, session, notices } = start();
    await session.store.save(progress);
    const text = api.data.get('cmi.suspend_data')!;
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text.length).toBeGreaterThan(4000);
    const decoded = decodeProgress(text.split('!')[1], lmsModule);
    if (!decoded.ok) throw new Error(decoded.message);
    const kept = decoded.value.attempts.map((a) => a.startedAt);
    expect(kept).toContain(unfinished.startedAt);
    expect(kept).toContain(progress.attempts[0].startedAt); // the best pass (the first of equals)
    expect(kept).not.toContain(progress.attempts[1].startedAt); // the oldest of the others
    expect(kept).toContain(progress.attempts[199].startedAt);
    expect(notices).toEqual([
      expect.stringMatching(
        /^Je leerplatform heeft weinig ruimte voor voortgang\. Daarom bewaart het \d+ oudere pogingen/,
      ),
    ]);
    expect(api.data.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('writes nothing it cannot fit, keeps what the LMS had, and says so', async () => {
    const unfinished = Array.from({ length: 300 }, (_, i) =>
      attemptAt(10 + i * 20, expertEvents.slice(0, 3), 4_000_000_000 - i),
    );
    const { api, session, notices } = start(fakeScorm({ 'cmi.suspend_data': 'eerder' }));
    await session.store.save(fullProgress(unfinished));
    expect(api.data.get('cmi.suspend_data')).toBe('eerder');
    expect(notices).toContainEqual(expect.stringMatching(/^Je voortgang is te groot voor je leerplatform/));
  });
});
