import { expect, test, type Page } from '@playwright/test';
import { format, ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LAST_CASE, MODULE, playLastCase, storeAllButLastCase } from './certificate-helpers.ts';
import { builtModules } from './progress-fixtures.ts';

// The way through the course on a phone (390×844): one primary action per page, progress shown and
// said, what comes next after a case and a finished module, and the certificate on a page of its own.

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 240_000 });

const primary = (page: Page) => page.getByRole('main').locator('.utrecht-button-link--primary-action');

test('a new learner: the home page offers the basis module, then the choice of beroepsgroep; the module page shows progress and the first lesson', async ({
  page,
}) => {
  const basis = builtModules().find((m) => m.id === 'basis')!;
  const first = basis.lessons[0]!;
  await page.goto('/');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  // Above the fold: one primary action, then the choice of beroepsgroep.
  await expect(primary(page)).toHaveCount(1);
  await expect(primary(page)).toHaveText(ui['home.begin']);
  await expect(primary(page)).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: ui['home.groups.heading'] })).toBeInViewport();
  await expectNoAxeViolations(page, 'home, new learner');

  await primary(page).click();
  await expect(page).toHaveURL('/basis/');
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  // Progress at the top, shown (a native progress bar) and said, and the next step as one primary button.
  const bar = page.getByRole('main').getByRole('progressbar');
  await expect(bar).toBeInViewport();
  await expect(bar).toHaveAccessibleName(format(ui['progress.bar'], { percent: 0 }));
  await expect(primary(page)).toHaveCount(1);
  await expect(primary(page)).toBeInViewport();
  await expect(primary(page)).toHaveText(format(ui['progress.next.first'], { title: first.title }));
  await expectNoAxeViolations(page, 'module page, new learner');

  await primary(page).click();
  await expect(page).toHaveURL(`/basis/${first.slug}/`);
  await expectNoAxeViolations(page, 'first lesson');
});

test('a learner near the end: home, module, case, result, what next, the certificate page', async ({
  page,
}) => {
  const module = builtModules().find((m) => m.id === MODULE)!;
  const last = module.cases.find((c) => c.id === LAST_CASE)!;
  await storeAllButLastCase(page);
  await page.goto('/');
  // With progress, the one primary action is "verder waar je was".
  const resume = page.getByRole('region', { name: ui['resume.heading'] });
  await expect(resume.locator('.utrecht-button-link--primary-action')).toBeVisible();
  await expect(primary(page)).toHaveCount(1);
  await expect(primary(page)).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: ui['home.groups.heading'] })).toBeInViewport();
  await expectNoAxeViolations(page, 'home, with progress');

  await page.goto(`/${MODULE}/`);
  const next = primary(page);
  await expect(next).toHaveText(format(ui['progress.next.case'], { title: last.title }));
  await expect(next).toBeInViewport();
  const bar = page.getByRole('main').getByRole('progressbar');
  await expect(bar).toBeInViewport();
  await expect(bar).not.toHaveAccessibleName(format(ui['progress.bar'], { percent: 0 }));
  await next.click();
  await expect(page).toHaveURL(`/${MODULE}/casussen/${LAST_CASE}/`);

  await playLastCase(page);
  // After the result, what next: retry, another case or back to the module, and the certificate.
  const after = page
    .getByRole('list')
    .filter({ has: page.getByRole('button', { name: ui['player.retry'] }) });
  await expect(
    after.getByRole('link', { name: format(ui['player.after.module'], { group: module.name }) }),
  ).toBeVisible();
  const certificate = after.getByRole('link', {
    name: format(ui['player.after.certificate'], { group: module.name }),
  });
  await expect(certificate).toBeVisible();
  await expect(primary(page)).toHaveCount(1);
  await expectNoAxeViolations(page, 'case result');

  // The finished module: "Module afgerond", and its next step is the certificate, on a page of its own.
  await page.goto(`/${MODULE}/`);
  await expect(page.getByText(ui['progress.complete'])).toBeVisible();
  await expect(primary(page)).toHaveText(ui['progress.next.certificate']);
  const box = page.getByRole('region', { name: ui['group.completion.heading'] });
  await expect(box.getByRole('link', { name: ui['group.completion.link'] })).toHaveAttribute(
    'href',
    `/${MODULE}/certificaat/`,
  );
  await expect(page.getByRole('textbox', { name: ui['certificate.name'] })).toHaveCount(0);
  await expectNoAxeViolations(page, 'module page, finished');

  await primary(page).click();
  await expect(page).toHaveURL(`/${MODULE}/certificaat/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    format(ui['certificatePage.title'], { module: module.name }),
  );
  const section = page.getByRole('region', { name: ui['certificate.heading'] });
  await expect(section.getByRole('textbox', { name: ui['certificate.name'] })).toBeVisible();
  await expect(
    page.getByRole('link', { name: format(ui['certificatePage.back'], { module: module.name }) }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'certificate page');
});

test('primary and secondary buttons look different', async ({ page }) => {
  await storeAllButLastCase(page);
  await playLastCase(page);
  const look = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor} ${s.color}`;
      });
  expect(await look('.utrecht-button-link--primary-action')).not.toBe(await look('.player-retry'));
});
