import { expect, test, type Page } from '@playwright/test';
import { moduleFingerprint } from '../../../modules/lms/lms-module.ts';
import { decodeProgress } from '../../../modules/progress/decode-progress.ts';
import { completeProgress, realModule } from './module-progress.ts';
import { readPackage, scormAgainScript, servePackage } from './package-server.ts';

// A SCORM 1.2 package of npm run build:scorm inside a host page that provides scorm-again's SCORM 1.2
// runtime as window.API, as an LMS would: what the LMS records, the resume from suspend_data, and the
// 4,096-character limit of suspend_data.

const MODULE = 'onderwijs';
let server: Awaited<ReturnType<typeof servePackage>>;
let real: Awaited<ReturnType<typeof realModule>>;

const hostPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Test-LMS</title><script src="/scorm-again.js"></script></head>
<body><h1>Test-LMS</h1><script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  // Every call the SCO makes, in order: nothing may follow LMSFinish.
  window.apiCalls = [];
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']) {
    const real = window.API[name].bind(window.API);
    window.API[name] = (...args) => (window.apiCalls.push(name), real(...args));
  }
  const cmi = new URLSearchParams(location.search).get('cmi');
  if (cmi) window.API.loadFromJSON(JSON.parse(cmi));
  const frame = document.createElement('iframe');
  frame.title = 'Cursus';
  frame.style = 'width: 100%; height: 80vh';
  frame.src = '/pkg/lms/${MODULE}/index.html';
  document.body.append(frame);
</script></body></html>`;

test.beforeAll(async () => {
  real = await realModule(MODULE);
  server = await servePackage(readPackage(`${MODULE}-scorm12.zip`), (req, res) => {
    if (req.url?.startsWith('/host.html')) res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage);
    else if (req.url === '/scorm-again.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(scormAgainScript());
    else return false;
    return true;
  });
});
test.afterAll(() => server?.close());

/** What scorm-again holds for the SCO (write-only elements included). */
const recorded = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { API: { renderCMIToJSONObject(): { cmi: Record<string, any> } } }
      ).API.renderCMIToJSONObject().cmi,
  );

/** The page in the module's frame, where the site's islands run. */
async function contentFrame(page: Page, path: RegExp) {
  await expect.poll(() => page.frames().some((f) => path.test(f.url()))).toBe(true);
  return page.frames().find((f) => path.test(f.url()))!;
}

/** Saves and loads progress the way the islands will: through the store the page selects (the launch page's bridge). */
const viaStore = (frame: Awaited<ReturnType<typeof contentFrame>>, progress: unknown) =>
  frame.evaluate(
    async (json) => {
      const bridge = (
        window.parent as unknown as {
          meldcodeLms: { save(j: string): Promise<void>; load(): Promise<string | null> };
        }
      ).meldcodeLms;
      if (json) await bridge.save(json);
      return JSON.parse((await bridge.load()) ?? 'null');
    },
    progress === null ? null : JSON.stringify(progress),
  );

test('completing a module in scorm-again, leaving, relaunching and resuming', async ({ page }) => {
  await page.goto(`${server.origin}/host.html`);
  const sco = page.frameLocator('iframe[title="Cursus"]');
  const content = sco.frameLocator('iframe[title="Inhoud van de module"]');
  await expect(content.getByRole('heading', { level: 1, name: real.module.name })).toBeVisible();
  expect((await recorded(page)).core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
  // Built with the school's organisatieprofiel (npm test): the module page says whom to ask there.
  await expect(
    content.getByRole('complementary', { name: 'Zo doen wij het bij Basisschool De Linde' }),
  ).toContainText('Fatma Yilmaz');

  // Every link inside the package is relative: a lesson opens, and its knowledge check answers.
  const lesson = real.module.lessons[0];
  await content.getByRole('link', { name: lesson.title, exact: true }).first().click();
  await expect(content.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  const question = lesson.questions[0];
  const right = question.options.find((o) => o.correct)!;
  const option = content
    .getByRole('group', { name: question.prompt })
    .getByLabel(right.text, { exact: true });
  await option.check();
  await expect(option).toBeChecked();
  // The page's own island records the answer, through the launch page's store, into the LMS.
  await content.getByRole('button', { name: 'Controleer je antwoord op vraag 1' }).click();
  await expect
    .poll(async () => {
      const data = String((await recorded(page)).suspend_data ?? '');
      const decoded = decodeProgress(data.split('!')[1] ?? '', real.module);
      return decoded.ok ? Object.keys(decoded.value.answers) : [];
    })
    .toContain(`${MODULE}/${lesson.slug}#${question.id}`);

  // The whole module done, through the store: the LMS hears passed, the score and suspend_data.
  const progress = completeProgress(real);
  // 2 minutes and 5 seconds measured on the lesson in this session (the page itself adds its few).
  progress.time.lessons[`${MODULE}/${lesson.slug}`] = 125;
  const frame = await contentFrame(page, new RegExp(`/pkg/${MODULE}/${lesson.slug}/`));
  await viaStore(frame, progress);
  const cmi = await recorded(page);
  expect(cmi.core.lesson_status).toBe('passed');
  expect(cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
  const [fingerprint, compact] = String(cmi.suspend_data).split('!');
  expect(fingerprint).toBe(moduleFingerprint(real.module));
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(decodeProgress(compact, real.module)).toMatchObject({
    ok: true,
    value: { lessons: progress.lessons },
  });

  // Leaving (the LMS closes the SCO's frame): pagehide ends the session with its time.
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated()),
    )
    .toBe(true);
  const finished = await recorded(page);
  // The measured active time of the session, in whole seconds; not the few seconds the window was open.
  expect(finished.core.session_time).toMatch(/^(00)?00:02:(0[5-9]|[1-5]\d)(\.\d{1,2})?$/); // scorm-again keeps it as 00:02:05
  expect(finished.core.exit).toBe('suspend');

  // A relaunch on another computer (nothing in this browser): the LMS's suspend_data is the progress.
  await page.evaluate(() => localStorage.clear());
  // It opens where the learner left: the lesson (lesson_location).
  expect(finished.core.lesson_location).toBe(`${MODULE}/${lesson.slug}/index.html`);
  const stored = {
    core: {
      student_id: 'leerling-2',
      lesson_status: 'passed',
      entry: 'resume',
      lesson_location: finished.core.lesson_location,
    },
    suspend_data: finished.suspend_data,
  };
  await page.goto(`${server.origin}/host.html?cmi=${encodeURIComponent(JSON.stringify(stored))}`);
  const again = await contentFrame(page, new RegExp(`/pkg/${MODULE}/${lesson.slug}/index.html`));
  const resumed = await viaStore(again, null);
  expect(resumed).toMatchObject({
    ok: true,
    value: { lessons: progress.lessons, answers: progress.answers },
  });
  expect(resumed.value.attempts).toHaveLength(progress.attempts.length);
  expect((await recorded(page)).core.lesson_status).toBe('passed');
});

test('suspend_data at 4,096 characters in scorm-again: old passed attempts stay in the browser, the learner is told', async ({
  page,
}) => {
  await page.goto(`${server.origin}/host.html`);
  const frame = await contentFrame(page, new RegExp(`/pkg/${MODULE}/index.html`));
  const progress = completeProgress(real, 80);
  await viaStore(frame, progress);
  const cmi = await recorded(page);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(cmi.suspend_data.length).toBeGreaterThan(3000);
  expect(cmi.core.lesson_status).toBe('passed');
  const sco = page.frameLocator('iframe[title="Cursus"]');
  await expect(sco.getByRole('status')).toContainText('Je leerplatform heeft weinig ruimte voor voortgang');
  // Everything is still in this browser's copy.
  expect((await viaStore(frame, null)).value.attempts).toHaveLength(progress.attempts.length);
});

test('after "Module afsluiten": a closed page, a way back, and no call to the API after LMSFinish', async ({
  page,
}) => {
  await page.goto(`${server.origin}/host.html`);
  const sco = page.frameLocator('iframe[title="Cursus"]');
  const content = sco.frameLocator('iframe[title="Inhoud van de module"]');
  await expect(content.getByRole('heading', { level: 1, name: real.module.name })).toBeVisible();
  const frame = await contentFrame(page, new RegExp(`/pkg/${MODULE}/index.html`));
  await viaStore(frame, { ...completeProgress(real), attempts: [] });
  await sco.getByRole('button', { name: 'Module afsluiten' }).click();

  // The closed state: no module left to answer in, plain words, a link back to the platform.
  await expect(sco.getByRole('heading', { name: 'Je hebt de module afgesloten' })).toBeVisible();
  await expect(sco.getByText('wordt niet bewaard', { exact: false })).toBeVisible();
  await expect(sco.getByRole('link', { name: 'Terug naar je leerplatform' })).toHaveAttribute(
    'href',
    `${server.origin}/`,
  );
  await expect(sco.locator('iframe')).toHaveCount(0);
  await expect(sco.getByRole('button')).toHaveCount(0);
  await expect(sco.getByRole('radio')).toHaveCount(0);
  await expect(sco.getByRole('checkbox')).toHaveCount(0);
  const calls = () => page.evaluate(() => (window as unknown as { apiCalls: string[] }).apiCalls);
  await expect.poll(async () => (await calls()).includes('LMSFinish')).toBe(true);

  // The learner clicks and types around; a page that was still open saves and reads; the LMS closes the frame.
  await sco.getByRole('heading', { name: 'Je hebt de module afgesloten' }).click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const scoFrame = page.frames().find((f) => f.url().includes(`/pkg/lms/${MODULE}/`))!;
  await scoFrame.evaluate(
    async (json) => {
      const bridge = (
        window as unknown as { meldcodeLms: { save(j: string): Promise<void>; load(): Promise<unknown> } }
      ).meldcodeLms;
      await bridge.save(json);
      await bridge.load();
    },
    JSON.stringify(completeProgress(real)),
  );
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  const all = await calls();
  expect(all.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  expect(all.slice(all.indexOf('LMSFinish') + 1)).toEqual([]);
  expect((await recorded(page)).core.lesson_status).toBe('incomplete');
});
