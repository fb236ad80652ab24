import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { format, ui } from '../../src/i18n/ui.ts';
import { lessonFrontmatter } from './site-files.ts';
import {
  bestAttempt,
  builtModules,
  checked,
  openCheck,
  record,
  storeBeforeLoad,
} from './progress-fixtures.ts';

// accessibility.spec.ts scans every page as it loads; these scan the states the journey adds:
// a knowledge check unanswered, answered right, answered wrong, tried again, and after a reload (an
// earlier right answer, an earlier wrong one, one kept from version 1); a module page with progress;
// "Mijn voortgang" with progress and with its confirmation step open.

// Each test runs axe two or three times; on a busy machine one run of a long lesson takes ten seconds.
test.describe.configure({ timeout: 120_000 });

const { questions } = lessonFrontmatter('content/lessen/basis/afwegingskader.mdx');
const basis = builtModules().find((module) => module.id === 'basis')!;
const at = '2026-11-22T09:00:00.000Z';

test('a knowledge check, unanswered, answered right, answered wrong, tried again and reloaded, has no violations', async ({
  page,
}) => {
  const [right, wrong, , old] = questions;
  const v1 = {
    kind: 'voortgang',
    version: 1,
    answers: { [`basis/afwegingskader#${old!.id}`]: { options: [old!.options[0]!.id], at } },
  };
  await storeBeforeLoad(page, JSON.stringify(v1));
  await page.goto('/basis/afwegingskader/');
  const check = await openCheck(page);
  await expect(
    check.getByRole('group', { name: old!.prompt }).getByText(ui['check.earlier.unknown']),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const one = check.getByRole('group', { name: right!.prompt });
  await one.getByRole('radio', { name: right!.options.find((o) => o.correct)!.text }).check();
  await one.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(one.getByRole('status')).toContainText(ui['check.right']);
  const two = check.getByRole('group', { name: wrong!.prompt });
  await two.getByRole('radio', { name: wrong!.options.find((o) => !o.correct)!.text }).check();
  await two.getByRole('button', { name: format(ui['check.submit.label'], { number: 2 }) }).click();
  await expect(two.getByRole('status')).toContainText(ui['check.wrong']);
  await expectNoAxeViolations(page);
  await two.getByRole('button', { name: format(ui['check.retry.label'], { number: 2 }) }).click();
  await expect(two.getByRole('status')).toContainText(ui['check.retried']);
  await expectNoAxeViolations(page);
  await page.reload();
  await openCheck(page);
  await expect(check.getByText(ui['check.earlier.right'])).toBeVisible();
  await expect(check.getByText(ui['check.earlier.wrong'])).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a module page with progress, and a completed one, has no violations', async ({ page }) => {
  const [passed, busy] = basis.cases;
  const progress = record({
    lessons: ['basis/afwegingskader'],
    answers: { 'basis/afwegingskader#afweging-1-nee': checked(['vergeten'], at, false) },
    attempts: [bestAttempt(passed!, at), { ...bestAttempt(busy!, at), events: [] }],
  });
  await storeBeforeLoad(page, JSON.stringify(progress));
  await page.goto('/basis/');
  await expect(page.getByRole('region', { name: ui['progress.heading'] })).toContainText('Nog te doen');
  await expectNoAxeViolations(page);
  const done = record({
    lessons: basis.lessons.map((l) => `basis/${l.slug}`),
    answers: Object.fromEntries(
      basis.lessons.flatMap((l) => l.questions.map((q) => [`basis/${l.slug}#${q.id}`, checked(['x'], at)])),
    ),
    attempts: basis.cases.map((c) => bestAttempt(c, at)),
    completed: { basis: at },
  });
  await page.evaluate((text) => localStorage.setItem('meldcode:voortgang', text), JSON.stringify(done));
  await page.reload();
  await expect(page.getByRole('region', { name: ui['progress.heading'] })).toContainText(
    ui['progress.complete'],
  );
  await expectNoAxeViolations(page);
});

test('"Mijn voortgang" with progress, a notice and the confirmation step open has no violations', async ({
  page,
}) => {
  await storeBeforeLoad(page, JSON.stringify(record({ lessons: ['basis/afwegingskader', 'Kapot'] })));
  await page.goto('/voortgang/');
  await expect(page.getByRole('region', { name: ui['myProgress.modules.heading'] })).toContainText(
    basis.name,
  );
  await expect(page.getByRole('status').first()).toContainText('beschadigd');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: ui['myProgress.delete.button'] }).click();
  await expect(page.getByText(ui['myProgress.delete.confirm'])).toBeFocused();
  await expectNoAxeViolations(page);
});
