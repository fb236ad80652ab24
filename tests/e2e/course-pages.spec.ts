import { expect, test } from '@playwright/test';
import { format, t, ui } from '../../src/i18n/ui.ts';
import { contentGroups, lessonFrontmatter } from './site-files.ts';

const questionsOf = (path: string) => lessonFrontmatter(path).questions.length;

for (const group of contentGroups()) {
  test(`/${group.id}/ shows its goals, study time, cases, pass mark and sources`, async ({ page }) => {
    await page.goto(`/${group.id}/`);
    const main = page.getByRole('main');
    for (const goal of group.goals) await expect(main.getByText(goal, { exact: true })).toBeVisible();
    await expect(main.getByText(/^Studietijd: ongeveer .+ \(lessen en casussen samen\)\.$/)).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: ui['group.cases.heading'] })).toBeVisible();
    await expect(main.getByText(ui['group.cases.intro'])).toBeVisible();
    for (const title of group.caseTitles) {
      await expect(main.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible();
    }
    await expect(
      main.getByText(t('group.completion.text', { percent: group.passPercentage }), { exact: true }),
    ).toBeVisible();
    for (const source of group.sources) {
      await expect(main.getByRole('link', { name: source.title, exact: true })).toHaveAttribute(
        'href',
        source.url,
      );
    }
  });
}

test.describe('the knowledge check, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  const path = 'content/lessen/basis/afwegingskader.mdx';
  const { questions } = lessonFrontmatter(path);

  test('lets the learner choose answers and reveal the right ones with the explanation', async ({ page }) => {
    await page.goto('/basis/afwegingskader/');
    const check = page.getByRole('region', { name: ui['check.heading'] });
    await expect(check.getByRole('heading', { level: 2, name: ui['check.heading'] })).toBeVisible();
    for (const question of questions) {
      const group = check.getByRole('group', { name: question.prompt, exact: true });
      await expect(group).toHaveAttribute('id', `vraag-${question.id}`);
      const role = question.kind === 'single' ? 'radio' : 'checkbox';
      const right = question.options.filter((option) => option.correct);
      for (const option of right) {
        const input = group.getByRole(role, { name: option.text, exact: true });
        await expect(input).toBeEnabled();
        await expect(input).toHaveAttribute('name', `basis/afwegingskader#${question.id}`);
        await input.check();
        await expect(input).toBeChecked();
      }
      const answer = group.locator('details');
      await expect(group.getByText(question.explanation.trim())).toBeHidden();
      await group.getByText(ui['check.reveal']).click();
      for (const option of right)
        await expect(answer.getByRole('listitem').getByText(option.text)).toBeVisible();
      await expect(group.getByText(question.explanation.trim())).toBeVisible();
    }
  });

  test('shows the options in an order of their own, not the order they are written in', async ({ page }) => {
    await page.goto('/basis/afwegingskader/');
    const check = page.getByRole('region', { name: ui['check.heading'] });
    const moved = [];
    for (const question of questions) {
      const group = check.getByRole('group', { name: question.prompt, exact: true });
      const shown = (await group.locator('.utrecht-form-field__label').allTextContents()).map((text) =>
        text.trim(),
      );
      const written = question.options.map((option) => option.text.trim());
      expect([...shown].sort()).toEqual([...written].sort());
      if (shown.join('\n') !== written.join('\n')) moved.push(question.id);
    }
    expect(moved.length).toBeGreaterThan(0);
  });
});

test('with JavaScript, "Bekijk het antwoord" takes no room even before the check wakes, so the page does not jump under a click', async ({
  page,
}) => {
  // No island wakes here: what the learner sees until the check does, on a slow phone.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto('/basis/afwegingskader/');
  const check = page.getByRole('region', { name: ui['check.heading'] });
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('group').first()).toBeVisible();
  await expect(check.locator('details')).toHaveCount(questionsOf('content/lessen/basis/afwegingskader.mdx'));
  for (const details of await check.locator('details').all()) await expect(details).toBeHidden();
});

test('with JavaScript, "Controleer" is in the page before the check wakes: Tab reaches it, and it works once the check is awake', async ({
  page,
}) => {
  const path = 'content/lessen/basis/afwegingskader.mdx';
  const [first] = lessonFrontmatter(path).questions;
  // The check's script is held back until the learner has tabbed to the button, as on a slow phone.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/hydrate-knowledge-check\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/basis/afwegingskader/');
  const check = page.getByRole('region', { name: ui['check.heading'] });
  await check.scrollIntoViewIfNeeded();
  const group = check.getByRole('group', { name: first!.prompt, exact: true });
  const role = first!.kind === 'single' ? 'radio' : 'checkbox';
  const options = group.getByRole(role);
  const right = first!.options.filter((option) => option.correct);
  for (const option of right) await group.getByRole(role, { name: option.text, exact: true }).check();
  // From the last option, Tab goes to "Controleer" (not on to the next question).
  await options.last().focus();
  await page.keyboard.press('Tab');
  const submit = group.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) });
  await expect(submit).toBeFocused();
  // Still asleep: the check's code has not loaded, so it has not read the stored progress.
  await expect(check).toHaveAttribute('data-ready', 'false');
  release();
  await expect(check.getByText(ui['check.read'])).toBeVisible();
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(group.getByRole('status')).toContainText(ui['check.right']);
});

test('one instruction above the check, and no ".;" in its feedback', async ({ page }) => {
  const path = 'content/lessen/basis/afwegingskader.mdx';
  const [first] = lessonFrontmatter(path).questions;
  // Before the check wakes (the page as served) and after: one paragraph says what to do, the same one.
  const served = await (await page.request.get('/basis/afwegingskader/')).text();
  const said = (text: string) => text.match(/Kies|opnieuw|Open daarna/g) ?? [];
  const region = served.slice(served.indexOf('id="test-je-kennis"'), served.indexOf('<fieldset'));
  expect(said(region)).toHaveLength(said(ui['check.intro']).length);
  expect(region).toContain(ui['check.intro']);
  // Without JavaScript, the answer to open lists each right answer of a multiple-choice question on its
  // own (this lesson has one with two), never joined into one line with ";".
  const answers = served.slice(served.indexOf(`${ui['check.answer.multiple']}</p>`));
  expect(answers.slice(0, answers.indexOf('</ul>')).match(/<li[ >]/g)?.length).toBeGreaterThan(1);
  expect(served).not.toContain('.;');
  await page.goto('/basis/afwegingskader/');
  const check = page.getByRole('region', { name: ui['check.heading'] });
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByText(ui['check.read'])).toBeVisible();
  const instructions = check.locator('p').filter({ hasText: /Kies|opnieuw|Open daarna/ });
  await expect(instructions).toHaveCount(1);
  await expect(instructions).toHaveText(ui['check.intro']);
  const group = check.getByRole('group', { name: first!.prompt, exact: true });
  const role = first!.kind === 'single' ? 'radio' : 'checkbox';
  const wrong = first!.options.find((option) => !option.correct)!;
  await group.getByRole(role, { name: wrong.text, exact: true }).check();
  await group.getByRole('button', { name: format(ui['check.submit.label'], { number: 1 }) }).click();
  await expect(group.getByRole('status')).toContainText(ui['check.wrong']);
  await expect(check).not.toContainText('.;');
});
