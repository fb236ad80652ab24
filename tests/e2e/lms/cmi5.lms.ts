import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { auIri } from '../../../modules/lms/cmi5-course.ts';
import { registrationProblems, sessionProblems, VERB, type Session } from './cmi5-rules.ts';
import { completeProgress, realModule } from './module-progress.ts';
import { readPackage, servePackage } from './package-server.ts';
import { testLrs, type LaunchData } from './test-lrs.ts';

// The cmi5 package of npm run build:scorm, launched as an LMS launches an AU, against a test learning
// record store on 127.0.0.1 that records every statement; the statements are checked against the
// cmi5 rules (cmi5-rules.ts): order, verbs, registration, context, timestamps, masteryScore, launchMode.

const MODULE = 'onderwijs';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
let server: Awaited<ReturnType<typeof servePackage>>;
let real: Awaited<ReturnType<typeof realModule>>;
const lrs = testLrs();
const actor = {
  objectType: 'Agent',
  name: 'Leerling Test',
  account: { homePage: 'https://lms.test', name: 'leerling-9' },
};

test.beforeAll(async () => {
  real = await realModule(MODULE);
  server = await servePackage(readPackage(`${MODULE}-cmi5.zip`), (req, res, body) => {
    if (req.url === '/terug.html') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><html lang="nl"><title>Terug in het LMS</title><h1>Terug in het LMS</h1></html>',
        );
      return true;
    }
    return lrs.handle(req, res, body);
  });
});
test.afterAll(() => server?.close());

/**
 * Launches the AU as the LMS does: LMS.LaunchData first, then the launch URL with the cmi5 parameters;
 * by default from this spec's package, else from `origin` (another package on the same LRS), with
 * `states` as earlier sessions of the registration left them.
 */
async function launch(
  page: Page,
  registration: string,
  data: Omit<LaunchData, 'contextTemplate'>,
  { origin = server.origin, states = {} }: { origin?: string; states?: Record<string, unknown> } = {},
): Promise<Session & { from: number }> {
  // Another package is another course in the LMS.
  const activityId = `https://lms.test/cursus/${origin === server.origin ? 1 : 2}/au/${MODULE}`;
  const sessionId = randomUUID();
  const publisherId = auIri(MODULE);
  lrs.launch(activityId, registration, {
    ...data,
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
      extensions: { [SESSION_ID]: sessionId },
    },
  });
  for (const [stateId, document] of Object.entries(states))
    lrs.setState(stateId, activityId, registration, document);
  const from = lrs.statements.length;
  const query = new URLSearchParams({
    endpoint: `${origin}/xapi/`,
    fetch: `${origin}/fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId,
  });
  await page.goto(`${origin}/pkg/lms/${MODULE}/index.html?${query}`);
  await expect.poll(() => lrs.statements.slice(from).map((s) => s.verb.id)).toContain(VERB.initialized);
  return {
    actor,
    registration,
    activityId,
    sessionId,
    publisherId,
    launchMode: data.launchMode,
    masteryScore: data.masteryScore,
    from,
  };
}

/** Saves progress the way the islands will: through the store the page in the module's frame selects. */
async function save(page: Page, progress: unknown) {
  await expect
    .poll(() => page.frames().some((f) => /\/pkg\/onderwijs\/index\.html/.test(f.url())))
    .toBe(true);
  const frame = page.frames().find((f) => /\/pkg\/onderwijs\/index\.html/.test(f.url()))!;
  await frame.evaluate(
    (json) =>
      (window.parent as unknown as { meldcodeLms: { save(j: string): Promise<void> } }).meldcodeLms.save(
        json,
      ),
    JSON.stringify(progress),
  );
}

const verbsOf = (from: number) => lrs.statements.slice(from).map((s) => s.verb.id.split('/').pop());
const questionCount = () => real.module.lessons.reduce((n, l) => n + l.questions.length, 0);

test('a whole module: initialized, an answered statement per answer and decision, completed, passed, terminated', async ({
  page,
}) => {
  const session = await launch(page, randomUUID(), {
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    returnURL: `${server.origin}/terug.html`,
  });
  const progress = completeProgress(real);
  // 2 minutes and 5 seconds measured on a lesson in this session: the duration of completed, passed
  // and terminated, however long the browser was open.
  progress.time.lessons[progress.lessons[0]!] = 125;
  await save(page, progress);
  await expect.poll(() => verbsOf(session.from)).toContain('passed');
  await page
    .frameLocator('iframe[title="Inhoud van de module"]')
    .getByRole('heading', { level: 1 })
    .waitFor();
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect(page).toHaveURL(`${server.origin}/terug.html`); // returnURL after terminated (10.2.6)

  const statements = lrs.statements.slice(session.from);
  expect(sessionProblems(statements, session)).toEqual([]);
  expect(registrationProblems(statements)).toEqual([]);
  expect(lrs.problems).toEqual([]);
  const decisions = progress.attempts.reduce((n, a) => n + a.events.length, 0);
  expect(verbsOf(session.from)).toEqual([
    'initialized',
    ...Array(questionCount() + decisions).fill('answered'),
    'completed',
    'passed',
    'terminated',
  ]);
  // Which choice was made, at which moment of which case version: stable ids under the AU's activity.
  const first = progress.attempts[0];
  const decision = statements.find((s) =>
    s.object.id.includes(
      `/test/casus-${first.caseId}-v${first.caseVersion}/question/${first.events[0].node}`,
    ),
  );
  expect(decision).toMatchObject({
    verb: { id: VERB.answered },
    object: {
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice' },
    },
    result: { response: first.events[0].choice, success: true },
  });
  expect(decision!.object.id.startsWith(`${session.activityId}/test/`)).toBe(true);
  const passed = statements.find((s) => s.verb.id === VERB.passed)!;
  expect(passed.result.score).toEqual({ scaled: 1, raw: 100, min: 0, max: 100 });
  const durations = [VERB.completed, VERB.passed, VERB.terminated].map(
    (verb) => statements.find((s) => s.verb.id === verb)!.result.duration,
  );
  expect(durations).toEqual(['PT2M5S', 'PT2M5S', 'PT2M5S']);
  // The progress itself is kept in the LRS's state API for the next session.
  expect(
    JSON.parse(lrs.stateOf('meldcode-voortgang', session.activityId, session.registration)!),
  ).toMatchObject({
    kind: 'cmi5-voortgang',
    sent: { completed: true, passed: true },
    progress: { lessons: progress.lessons },
  });
});

test('masteryScore decides: failed first, passed in a later session, completed only once per registration', async ({
  page,
}) => {
  const registration = randomUUID();
  // One case started with a wrong first choice that returns to the moment: below a masteryScore of 1.
  const progress = completeProgress(real);
  const attempt = progress.attempts[0];
  const def = real.module.cases.find((c) => c.def.id === attempt.caseId)!.def;
  const at = def.nodes.findIndex((node) =>
    node.choices?.some((c) => c.verdict !== 'goed' && c.next === node.id),
  );
  const node = def.nodes[at];
  const wrong = node.choices!.find((c) => c.verdict !== 'goed' && c.next === node.id)!;
  const index = attempt.events.findIndex((e) => e.node === node.id);
  attempt.events.splice(index, 0, { node: node.id, choice: wrong.id, at: attempt.events[index].at });

  const first = await launch(page, registration, { launchMode: 'Normal', moveOn: 'Passed', masteryScore: 1 });
  await save(page, progress);
  await expect.poll(() => verbsOf(first.from)).toContain('failed');
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect.poll(() => verbsOf(first.from).at(-1)).toBe('terminated');
  expect(sessionProblems(lrs.statements.slice(first.from), first)).toEqual([]);

  const second = await launch(page, registration, {
    launchMode: 'Normal',
    moveOn: 'Passed',
    masteryScore: 1,
  });
  const retried = {
    ...progress,
    attempts: [
      ...progress.attempts,
      { ...completeProgress(real).attempts[0], startedAt: new Date(Date.UTC(2026, 11, 2)).toISOString() },
    ],
  };
  await save(page, retried);
  await expect.poll(() => verbsOf(second.from)).toContain('passed');
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect.poll(() => verbsOf(second.from).at(-1)).toBe('terminated');
  const secondStatements = lrs.statements.slice(second.from);
  expect(sessionProblems(secondStatements, second)).toEqual([]);
  expect(secondStatements.filter((s) => s.verb.id === VERB.answered)).toHaveLength(
    retried.attempts.at(-1)!.events.length,
  );
  expect(verbsOf(second.from)).not.toContain('completed');
  expect(registrationProblems(lrs.statements.slice(first.from))).toEqual([]);
});

test('Browse mode: no completed, passed or failed, and the learner is told', async ({ page }) => {
  const session = await launch(page, randomUUID(), { launchMode: 'Browse', moveOn: 'CompletedAndPassed' });
  await expect(page.getByRole('status')).toContainText('om rond te kijken');
  await save(page, completeProgress(real));
  await expect.poll(() => verbsOf(session.from).filter((v) => v === 'answered').length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect.poll(() => verbsOf(session.from).at(-1)).toBe('terminated');
  expect(sessionProblems(lrs.statements.slice(session.from), session)).toEqual([]);
});

test('a relaunch of the registration opens the page the learner left, from the state API', async ({
  page,
}) => {
  const registration = randomUUID();
  const first = await launch(page, registration, { launchMode: 'Normal', moveOn: 'CompletedAndPassed' });
  const content = page.frameLocator('iframe[title="Inhoud van de module"]');
  const lesson = real.module.lessons[1];
  await content.getByRole('link', { name: lesson.title, exact: true }).first().click();
  await expect(content.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  const where = `${MODULE}/${lesson.slug}/index.html`;
  await expect
    .poll(() => JSON.parse(lrs.stateOf('meldcode-plek', first.activityId, registration) ?? 'null')?.path)
    .toBe(where);
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect.poll(() => verbsOf(first.from).at(-1)).toBe('terminated');

  const second = await launch(page, registration, { launchMode: 'Normal', moveOn: 'CompletedAndPassed' });
  await expect(content.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  expect(page.frames().some((f) => f.url().endsWith(`/pkg/${where}`))).toBe(true);
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  await expect.poll(() => verbsOf(second.from).at(-1)).toBe('terminated');
  expect(sessionProblems(lrs.statements.slice(second.from), second)).toEqual([]);
  expect(lrs.problems).toEqual([]);
});

test('in the course with every module, an AU does not resume on a page of another module', async ({
  page,
}) => {
  const files = readPackage('meldcode-cmi5.zip');
  // The page is there: the package holds every module.
  expect(files.has('kinderopvang/index.html')).toBe(true);
  const combined = await servePackage(files, lrs.handle);
  try {
    // The learner had wandered to another module's page before the last session ended.
    const session = await launch(
      page,
      randomUUID(),
      { launchMode: 'Normal', moveOn: 'CompletedAndPassed' },
      {
        origin: combined.origin,
        states: { 'meldcode-plek': { kind: 'cmi5-plek', version: 1, path: 'kinderopvang/index.html' } },
      },
    );
    const content = page.frameLocator('iframe[title="Inhoud van de module"]');
    await expect(content.getByRole('heading', { level: 1, name: real.module.name })).toBeVisible();
    expect(page.frames().some((f) => f.url().endsWith(`/pkg/${MODULE}/index.html`))).toBe(true);
    await page.getByRole('button', { name: 'Module afsluiten' }).click();
    await expect.poll(() => verbsOf(session.from).at(-1)).toBe('terminated');
    expect(sessionProblems(lrs.statements.slice(session.from), session)).toEqual([]);
  } finally {
    await combined.close();
  }
});
