import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { format, t, ui } from '../../src/i18n/ui.ts';
import { lessonFrontmatter } from './site-files.ts';
import {
  bestAttempt,
  builtModules,
  cardStatus,
  checked,
  openCheck,
  PROGRESS_KEY,
  record,
  storeBeforeLoad,
  storedText,
} from './progress-fixtures.ts';

// The course journey in a real browser: read a lesson and answer its check, see it on the module
// page, go on where you were, export, import on a fresh profile, delete; and damaged or newer data.

const lesson = { path: '/basis/afwegingskader/', slug: 'afwegingskader', title: 'Het afwegingskader' };
const { questions } = lessonFrontmatter('content/lessen/basis/afwegingskader.mdx');
const [first, second] = questions;
const basis = builtModules().find((module) => module.id === 'basis')!;
const lessonCount = basis.lessons.length;
const questionCount = basis.lessons.reduce((n, l) => n + l.questions.length, 0);

/** Answers the first question right and the second wrong, as a learner does with mouse or keyboard. */
async function answerTwo(page: Page) {
  const check = await openCheck(page);
  const one = check.getByRole('group', { name: first!.prompt });
  await one.getByRole('radio', { name: first!.options.find((o) => o.correct)!.text }).check();
  await one.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(one.getByRole('status')).toContainText(ui['check.right']);
  await expect(one.getByRole('status')).toContainText(first!.explanation.trim());
  const two = check.getByRole('group', { name: second!.prompt });
  await two.getByRole('radio', { name: second!.options.find((o) => !o.correct)!.text }).check();
  await two.getByRole('button', { name: format(ui['check.submit.label'], { number: 2 }) }).click();
  await expect(two.getByRole('status')).toContainText(ui['check.wrong']);
  return check;
}

const summary = (read: number, right: number, passed = 0) =>
  t('progress.summary', {
    lessonsRead: read,
    lessons: lessonCount,
    right,
    questions: questionCount,
    casesPassed: passed,
    cases: basis.cases.length,
  });

/**
 * Brings `below` (something under a lesson's knowledge check) into view and waits until the check has
 * woken: its questions settle a few pixels then (a layout shift of 0.01), and a click while that
 * happens can land beside a link.
 */
async function checkAwake(page: Page, below: Locator) {
  await below.scrollIntoViewIfNeeded();
  await expect(page.locator('.knowledge-check')).toHaveAttribute('data-ready', 'true');
}

test('a lesson shows its place in the module, the outline, and previous and next', async ({ page }) => {
  await page.goto(lesson.path);
  const position = basis.lessons.findIndex((l) => l.slug === lesson.slug) + 1;
  await expect(page.getByText(`Les ${position} van ${lessonCount}`)).toBeVisible();
  const outline = page.getByRole('navigation', { name: ui['lesson.outline'] });
  await expect(outline.getByRole('link')).toHaveCount(lessonCount);
  await expect(outline.getByRole('link', { name: lesson.title })).toHaveAttribute('aria-current', 'page');
  const pager = page.getByRole('navigation', { name: ui['lesson.pager'] });
  const previous = basis.lessons[position - 2]!;
  await checkAwake(page, pager);
  await pager.getByRole('link', { name: t('lesson.previous', { title: previous.title }) }).click();
  await expect(page).toHaveURL(`/basis/${previous.slug}/`);
});

test('after the last lesson, "Oefen nu met de casussen" leads to the cases of the module', async ({
  page,
}) => {
  const last = basis.lessons.at(-1)!;
  await page.goto(`/basis/${last.slug}/`);
  const pager = page.getByRole('navigation', { name: ui['lesson.pager'] });
  await expect(pager.getByRole('link', { name: /^Volgende les/ })).toHaveCount(0);
  const lead = page.getByRole('region', { name: ui['lesson.toCases.heading'] });
  await checkAwake(page, lead);
  await lead.getByRole('link', { name: t('lesson.toCases.link', { group: basis.name }) }).click();
  await expect(page).toHaveURL('/basis/#casussen');
  await expect(page.getByRole('heading', { level: 2, name: ui['group.cases.heading'] })).toBeInViewport();
});

test('answers are kept: reload the lesson and a right one is ticked again, a wrong one is tried anew; the module page counts the right one', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(page.getByRole('region', { name: ui['resume.heading'] })).toHaveCount(0);
  await page.goto(lesson.path);
  await answerTwo(page);

  await page.reload();
  const check = await openCheck(page);
  const one = check.getByRole('group', { name: first!.prompt });
  const right = one.getByRole('radio', { name: first!.options.find((o) => o.correct)!.text });
  await expect(right).toBeChecked();
  await expect(right).toBeDisabled();
  await expect(one.getByText(ui['check.earlier.right'])).toBeVisible();
  await expect(one.getByRole('button')).toHaveCount(0);
  const two = check.getByRole('group', { name: second!.prompt });
  await expect(two.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(two.getByRole('radio', { name: second!.options.find((o) => !o.correct)!.text })).toBeEnabled();
  await expect(two.getByText(ui['check.earlier.wrong'])).toBeVisible();

  await page.goto('/basis/');
  const card = cardStatus(page, lesson.title);
  await expect(card).toContainText(
    `Voortgang: Gelezen, ${format(ui['progress.lesson.answers'], { right: 1, questions: questions.length })}`,
  );
  await expect(cardStatus(page, basis.lessons[0]!.title)).toContainText(
    `Voortgang: ${ui['progress.lesson.notStarted']}`,
  );
  const progress = page.getByRole('region', { name: ui['progress.heading'] });
  await expect(progress).toContainText(summary(1, 1));
  await expect(progress).toContainText(
    `Nog te doen: 6 lessen lezen, ${questionCount - 1} kennisvragen goed beantwoorden, ${basis.cases
      .map((c) => `casus “${c.title}” halen`)
      .join(', ')
      .replace(/, ([^,]+)$/, ' en $1')}.`,
  );

  await page.goto('/');
  const resume = page.getByRole('region', { name: ui['resume.heading'] });
  await resume
    .getByRole('link', { name: t('resume.lesson', { title: lesson.title, group: basis.name }) })
    .click();
  await expect(page).toHaveURL(lesson.path);
});

test('a wrong answer shows the explanation and a new try with the options in another order; only a right answer counts', async ({
  page,
}) => {
  await page.goto(lesson.path);
  const check = await openCheck(page);
  const group = check.getByRole('group', { name: first!.prompt });
  const radios = group.getByRole('radio');
  const order = async () => {
    // Every input keeps its own id and label: the accessible name is the option's text.
    const ids = await radios.evaluateAll((inputs) =>
      inputs.map((input) => [input.id, document.querySelector(`label[for="${input.id}"]`)?.textContent]),
    );
    for (const [id, text] of ids)
      expect(id).toBe(
        `vraag-${first!.id}--${first!.options.find((o) => o.text.trim() === text?.trim())!.id}`,
      );
    return ids.map(([, text]) => text);
  };
  const before = await order();
  await group.getByRole('radio', { name: first!.options.find((o) => !o.correct)!.text }).check();
  await group.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  const status = group.getByRole('status');
  await expect(status).toContainText(ui['check.wrong']);
  await expect(status).toContainText(first!.explanation.trim());
  await expect(radios.first()).toBeDisabled();
  const retry = group.getByRole('button', { name: format(ui['check.retry.label'], { number: 1 }) });
  await expect(retry).toBeFocused();
  const key = `basis/afwegingskader#${first!.id}`;
  const storedAnswer = async () => JSON.parse((await storedText(page)) ?? '{}').answers?.[key];
  await expect
    .poll(storedAnswer)
    .toMatchObject({ tries: 1, first: { right: false }, last: { right: false } });

  await page.goto('/basis/');
  await expect(cardStatus(page, lesson.title)).toContainText(
    format(ui['progress.lesson.answers'], { right: 0, questions: questions.length }),
  );
  await page.goto(lesson.path);
  await openCheck(page);
  await expect(group.getByText(ui['check.earlier.wrong'])).toBeVisible();
  await expect(radios.first()).toBeEnabled();
  const after = await order();
  expect(after).not.toEqual(before);
  expect([...after].sort()).toEqual([...before].sort());

  await group.getByRole('radio', { name: first!.options.find((o) => !o.correct)!.text }).check();
  await group.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(status).toContainText(ui['check.wrong']);
  await retry.click();
  await expect(status).toContainText(ui['check.retried']);
  await expect(radios.first()).toBeFocused();
  await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
  expect(await order()).not.toEqual(after);
  await group.getByRole('radio', { name: first!.options.find((o) => o.correct)!.text }).check();
  await group.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(status).toContainText(ui['check.right']);
  await expect(group.getByRole('button')).toHaveCount(0);
  // Its button is gone: the focus goes to the result, not to the top of the page.
  await expect(status.locator('.check-result')).toBeFocused();
  await expect.poll(storedAnswer).toMatchObject({ tries: 3, first: { right: false }, last: { right: true } });

  await page.goto('/basis/');
  await expect(cardStatus(page, lesson.title)).toContainText(
    format(ui['progress.lesson.answers'], { right: 1, questions: questions.length }),
  );
});

test('pressing "Controleer" without a choice asks for one and records nothing', async ({ page }) => {
  await page.goto(lesson.path);
  const check = await openCheck(page);
  const one = check.getByRole('group', { name: first!.prompt });
  await one.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(one.getByRole('status')).toHaveText(ui['check.empty']);
  const stored = JSON.parse((await storedText(page))!) as { lessons: string[]; answers: object };
  expect(stored.lessons).toEqual(['basis/afwegingskader']);
  expect(stored.answers).toEqual({});
});

test('a case passed at the pass mark shows "klaar" with its points; all done says "Module afgerond"', async ({
  page,
}) => {
  const [passed, ...rest] = basis.cases;
  const at = '2026-11-22T09:00:00.000Z';
  const all = record({
    lessons: basis.lessons.map((l) => `basis/${l.slug}`),
    answers: Object.fromEntries(
      basis.lessons.flatMap((l) => l.questions.map((q) => [`basis/${l.slug}#${q.id}`, checked(['x'], at)])),
    ),
    attempts: [bestAttempt(passed!, at), { ...bestAttempt(rest[0]!, at), caseVersion: 99 }],
  });
  await storeBeforeLoad(page, JSON.stringify(all));
  await page.goto('/basis/');
  const max = passed!.max;
  await expect(cardStatus(page, passed!.title)).toContainText(
    `Voortgang: ${t('progress.case.passed', { total: max, max })}`,
  );
  await expect(cardStatus(page, rest[0]!.title)).toContainText(
    `Voortgang: ${ui['progress.case.notStarted']}`,
  );
  await expect(cardStatus(page, rest[0]!.title)).toContainText(ui['progress.case.older.one']);
  const progress = page.getByRole('region', { name: ui['progress.heading'] });
  await expect(progress).toContainText(
    `Nog te doen: ${new Intl.ListFormat('nl', { type: 'conjunction' }).format(rest.map((c) => `casus “${c.title}” halen`))}.`,
  );
  await expect(progress).not.toContainText(ui['progress.complete']);

  await page.evaluate(
    ([key, attempts]) => {
      const stored = JSON.parse(localStorage.getItem(key)!);
      localStorage.setItem(key, JSON.stringify({ ...stored, attempts }));
    },
    [PROGRESS_KEY, basis.cases.map((c) => bestAttempt(c, at))] as const,
  );
  await page.reload();
  await expect(progress).toContainText(ui['progress.complete']);
  const stored = JSON.parse((await storedText(page))!) as { completed: Record<string, string> };
  expect(Object.keys(stored.completed)).toEqual(['basis']);
});

test('export on one profile, import on a fresh one: the same status, merged with what was there', async ({
  page,
  browser,
}) => {
  await page.goto(lesson.path);
  await answerTwo(page);
  await page.goto('/voortgang/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui['myProgress.export.button'] }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^meldcode-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
    kind: 'voortgang',
    lessons: ['basis/afwegingskader'],
  });
  await expect(page.getByRole('status').filter({ hasText: file.suggestedFilename() })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  // The fresh profile already read another lesson: importing must keep it.
  await other.goto('/basis/waarom-de-meldcode/');
  await openCheck(other);
  await other.goto('/voortgang/');
  await expect(other.getByRole('region', { name: ui['myProgress.modules.heading'] })).toContainText(
    summary(1, 0),
  );
  await other.getByLabel(ui['myProgress.import.label']).setInputFiles(path);
  await other.getByRole('button', { name: ui['myProgress.import.button'] }).click();
  await expect(other.getByRole('status').filter({ hasText: /is ingelezen en samengevoegd/ })).toBeVisible();
  await expect(other.getByRole('region', { name: ui['myProgress.modules.heading'] })).toContainText(
    summary(2, 1),
  );

  await other.goto('/basis/');
  await expect(cardStatus(other, lesson.title)).toContainText('Voortgang: Gelezen, 1 van');
  await expect(cardStatus(other, basis.lessons[0]!.title)).toContainText('Voortgang: Gelezen');
  await fresh.close();
});

test('an import refuses a foreign, damaged or newer file in Dutch, and keeps the whole part of a partly damaged one', async ({
  page,
}, testInfo) => {
  await page.goto('/voortgang/');
  const input = page.getByLabel(ui['myProgress.import.label']);
  const importFile = async (name: string, content: string) => {
    const path = testInfo.outputPath(name);
    await import('node:fs').then((fs) => fs.writeFileSync(path, content));
    await input.setInputFiles(path);
    await page.getByRole('button', { name: ui['myProgress.import.button'] }).click();
  };
  const message = page.getByRole('region', { name: ui['myProgress.import.heading'] }).getByRole('status');
  await page.getByRole('button', { name: ui['myProgress.import.button'] }).click();
  await expect(message).toHaveText(ui['myProgress.import.empty']);
  await importFile('foto.json', '{"foto": true}');
  await expect(message).toHaveText(
    /^Dit is geen voortgang van Werken met de meldcode\. Er is niets ingelezen/,
  );
  await importFile('kapot.json', '{"kind": "voortgang", ');
  await expect(message).toHaveText(/^Dit is geen leesbare voortgang/);
  await importFile('nieuw.json', JSON.stringify(record({ version: 4 })));
  await expect(message).toHaveText(/komt uit een nieuwere versie van deze cursus/);
  expect(await storedText(page)).toBeNull();
  await importFile('half.json', JSON.stringify(record({ lessons: ['basis/veilig-thuis', 'Geen Les'] })));
  await expect(message).toHaveText(
    /^Je voortgang uit half\.json is ingelezen .* 1 gelezen les kon niet worden gelezen en is weggelaten\./,
  );
  expect(JSON.parse((await storedText(page))!).lessons).toEqual(['basis/veilig-thuis']);
});

test('"Verwijder mijn gegevens" asks first, in the page, then clears this browser and says so', async ({
  page,
}) => {
  await page.goto(lesson.path);
  await answerTwo(page);
  await page.goto('/voortgang/');
  // What else the course keeps here: a saved wijzer situation and an organisatieprofiel.
  const courseKeys = () =>
    page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('meldcode:')));
  await page.evaluate(() => {
    localStorage.setItem('meldcode:wijzer', '{"kind":"wijzer"}');
    localStorage.setItem('meldcode:organisatie', 'organisatie: De Regenboog');
    localStorage.setItem('meldcode:organisatie:naam', 'De Regenboog');
  });
  const section = page.getByRole('region', { name: ui['myProgress.delete.heading'] });
  await section.getByRole('button', { name: ui['myProgress.delete.button'] }).click();
  await expect(section.getByText(ui['myProgress.delete.confirm'])).toBeFocused();
  await section.getByRole('button', { name: ui['myProgress.delete.no'] }).click();
  await expect(section.getByRole('button', { name: ui['myProgress.delete.button'] })).toBeFocused();
  await expect(section.getByRole('status')).toHaveText(ui['myProgress.delete.kept']);
  expect(await storedText(page)).not.toBeNull();
  expect(await courseKeys()).toHaveLength(4);

  await section.getByRole('button', { name: ui['myProgress.delete.button'] }).click();
  await section.getByRole('button', { name: ui['myProgress.delete.yes'] }).click();
  await expect(section.getByRole('status')).toHaveText(ui['myProgress.delete.done']);
  await expect(section.getByRole('status')).toBeFocused();
  expect(await storedText(page)).toBeNull();
  expect(await courseKeys()).toEqual([]);
  await expect(page.getByRole('region', { name: ui['myProgress.modules.heading'] })).toContainText(
    ui['myProgress.modules.empty'],
  );
  await page.goto('/basis/');
  await expect(cardStatus(page, lesson.title)).toContainText(
    `Voortgang: ${ui['progress.lesson.notStarted']}`,
  );
});

test('broken data in localStorage: every page still works and says so in Dutch', async ({ page }) => {
  await storeBeforeLoad(page, '{"kind":"voortgang","lessons":[');
  await page.goto('/basis/');
  const notice = page.getByRole('region', { name: ui['progress.heading'] }).getByRole('status');
  await expect(notice).toContainText('Dit is geen leesbare voortgang');
  await expect(notice).toContainText('We hebben de oude gegevens apart gezet');
  await page.goto(lesson.path);
  await answerTwo(page);
  expect(JSON.parse((await storedText(page))!).lessons).toEqual(['basis/afwegingskader']);
});

test('a record from a newer version of the site: a notice, and nothing is written over it', async ({
  page,
}) => {
  const future = JSON.stringify(record({ version: 99, lessons: ['basis/toekomst'] }));
  await storeBeforeLoad(page, future);
  await page.goto(lesson.path);
  const check = page.getByRole('region', { name: ui['check.heading'] });
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('status').first()).toContainText('nieuwere versie van deze cursus');
  await expect(check.getByText(ui['check.read'])).toBeHidden();
  const one = check.getByRole('group', { name: first!.prompt });
  await one.getByRole('radio', { name: first!.options[0]!.text }).check();
  await one.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(one.getByRole('status')).not.toBeEmpty();
  expect(await storedText(page)).toBe(future);
  await page.goto('/voortgang/');
  await expect(page.getByRole('status').first()).toContainText('nieuwere versie van deze cursus');
  await page.goto('/');
  await expect(page.getByRole('region', { name: ui['resume.heading'] })).toContainText('nieuwere versie');
  expect(await storedText(page)).toBe(future);
});
