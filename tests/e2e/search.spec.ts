import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { checked, record, storeBeforeLoad } from './progress-fixtures.ts';
import { builtPages } from './site-files.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const isSearchCode = (url: string) => /zoekindex\.json|SearchBox|create-search/.test(url);

/** Opens the search page and waits until the island has hydrated (Astro then drops `ssr`). */
async function openSearch(page: Page, path = '/zoeken/') {
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
}

async function searchFor(page: Page, query: string) {
  await page.getByLabel(ui['search.label']).fill(query);
  await page.getByLabel(ui['search.label']).press('Enter');
}

const results = (page: Page) => page.getByRole('main').getByRole('listitem');

test('searching shows results with the matched words marked, and a result leads to its page', async ({
  page,
}) => {
  await openSearch(page);
  await searchFor(page, 'signalen');
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten voor “signalen”\.$/);
  const marks = await results(page).locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(oudersignal|signa)/);
  await expect(page).toHaveURL('/zoeken/?q=signalen');

  // Follow a lesson or a case (its address ends in "/"), not a knowledge-check question (`#vraag-…`).
  const lesson = results(page).getByRole('link').and(page.locator('[href$="/"]')).first();
  const [title, href] = [await lesson.textContent(), await lesson.getAttribute('href')];
  await lesson.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

  await page.goBack();
  await expect(page.getByLabel(ui['search.label'])).toHaveValue('signalen');
  await expect(results(page).first()).toBeVisible();
});

test('results follow as you type, also for the start of a word', async ({ page }) => {
  await openSearch(page);
  await page.getByLabel(ui['search.label']).pressSequentially('afweg');
  await expect(page.getByRole('status')).toHaveText(/resultaten voor “afweg”/);
  await expect(
    results(page)
      .locator('mark')
      .filter({ hasText: /^afwegingskader$/i })
      .first(),
  ).toBeVisible();
});

test('the index loads on the first focus on the search field, not with the page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openSearch(page);
  expect(requested.filter((url) => /zoekindex\.json|create-search/.test(url))).toEqual([]);
  const index = page.waitForRequest(/\/zoekindex\.json$/);
  await page.getByLabel(ui['search.label']).focus();
  await index;
});

test('no other page loads the search code or the index', async ({ page }) => {
  for (const path of builtPages().filter((p) => p !== '/zoeken/')) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    expect(isSearchCode(readFileSync(file, 'utf8')), path).toBe(false);
  }
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  await page.getByRole('link', { name: ui['nav.search'] }).focus();
  expect(requested.filter(isSearchCode)).toEqual([]);
});

test('a typing error finds the word it resembles, and says so', async ({ page }) => {
  await openSearch(page);
  await searchFor(page, 'mledcode');
  await expect(page.getByRole('status')).toContainText('Niets gevonden voor “mledcode”.');
  await expect(results(page).first().locator('mark').first()).toHaveText(/meldcode/i);
});

test('no results says so and suggests what to try', async ({ page }) => {
  await openSearch(page, '/zoeken/?q=xylofoon&groep=onderwijs');
  await expect(page.getByRole('status')).toContainText('Geen resultaten voor “xylofoon”.');
  await expect(page.getByRole('status')).toContainText(ui['search.none.tip']);
  await expect(page.getByRole('status')).toContainText('Je zoekt nu alleen bij Onderwijs.');
  await expect(results(page)).toHaveCount(0);
});

test('"Toon meer resultaten" moves focus to the first new result', async ({ page }) => {
  await openSearch(page);
  await searchFor(page, 'kind');
  await expect(results(page)).toHaveCount(20);
  await page.getByRole('button', { name: ui['search.more'] }).click();
  await expect(results(page).nth(20).getByRole('link')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form still sends the query, and the page says search needs JavaScript', async ({ page }) => {
    const response = await page.goto('/zoeken/');
    // Chromium still parses <noscript> as if scripts ran when a test turns them off, so read the HTML.
    expect(await response!.text()).toContain(`<noscript><p>${ui['searchPage.noscript']}</p>`);
    await searchFor(page, 'meldrecht');
    await expect(page).toHaveURL('/zoeken/?q=meldrecht&groep=');
  });
});

test('the search page with results has no WCAG 2.2 AA violations, light and dark', async ({ page }) => {
  await openSearch(page, '/zoeken/?q=veilig+thuis');
  await expect(results(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a question asked in several modules is one result, and it is the one of your own beroepsgroep', async ({
  page,
}) => {
  // Asked in the same words in Artsen, Basis and GGZ.
  const prompt =
    'Wanneer mag je het gesprek met de betrokkenen (stap 3) overslaan? Kies alle goede antwoorden.';
  const questionLinks = (p: Page) =>
    results(p).getByRole('link', { name: new RegExp(`^${prompt.replace(/[().?]/g, '\\$&')}`) });
  await openSearch(page);
  await searchFor(page, prompt);
  await expect(page.getByRole('status')).toHaveText(/resultaten voor/);
  await expect(questionLinks(page)).toHaveCount(1);

  // A learner who last worked in GGZ (an answer in its lesson) gets the GGZ question.
  await storeBeforeLoad(
    page,
    JSON.stringify(
      record({
        answers: { 'ggz/vijf-stappen#gesprek-overslaan': checked(['x'], '2026-11-22T09:00:00.000Z') },
      }),
    ),
  );
  await openSearch(page);
  await searchFor(page, prompt);
  await expect(page.getByRole('status')).toHaveText(/resultaten voor/);
  await expect(questionLinks(page)).toHaveCount(1);
  await expect(questionLinks(page)).toHaveAttribute('href', '/ggz/vijf-stappen/#vraag-gesprek-overslaan');
});
