import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectAlert } from '../design-system-look.ts';
import { readPackage, servePackage } from './package-server.ts';

// The package as a learner meets it: the launch page (accessible, light and dark), the site inside it
// with its links and its search, and the pages opened from file:// without any LMS.

const MODULE = 'onderwijs';
const files = readPackage(`${MODULE}-scorm12.zip`);
let server: Awaited<ReturnType<typeof servePackage>>;
test.beforeAll(async () => {
  server = await servePackage(files, (req, res) => {
    if (req.url !== '/kapot.html') return false;
    res.writeHead(200, { 'content-type': 'text/html' }).end(refusingHost);
    return true;
  });
});
test.afterAll(() => server?.close());

// A host whose SCORM API refuses LMSInitialize: the launch page then says so in a notice it adds at run time.
const refusingHost = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kapot LMS</title></head><body><script>
  const no = () => 'false';
  window.API = { LMSInitialize: no, LMSFinish: no, LMSGetValue: () => '', LMSSetValue: no, LMSCommit: no,
    LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception', LMSGetDiagnostic: () => '' };
  const frame = document.createElement('iframe');
  frame.title = 'Cursus';
  frame.src = '/pkg/lms/${MODULE}/index.html';
  document.body.append(frame);
</script></body></html>`;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a notice added at run time is a design-system alert in our colours (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.origin}/kapot.html`);
    const notice = page.frameLocator('iframe[title="Cursus"]').getByRole('status').locator('p');
    await expect(notice).toContainText('Er is geen verbinding met je leerplatform');
    await expectAlert(notice, 'info');
  });
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the launch page has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.origin}/pkg/lms/${MODULE}/index.html`);
    const content = page.frameLocator('iframe[title="Inhoud van de module"]');
    await expect(content.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/Werken met de meldcode: Onderwijs\)$/); // the page shown, then the module
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual(
      [],
    );
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Module afsluiten' })).toBeFocused();
  });
}

test('the closed state after "Module afsluiten" has no WCAG 2.2 AA violations and takes the focus', async ({
  page,
}) => {
  await page.goto(`${server.origin}/pkg/lms/${MODULE}/index.html`);
  await expect(
    page.frameLocator('iframe[title="Inhoud van de module"]').getByRole('heading', { level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Module afsluiten' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Je hebt de module afgesloten' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Wat je hier nog doet, wordt niet bewaard.', { exact: false })).toBeVisible();
  // Opened without a platform: no address to go back to, so no link.
  await expect(page.getByRole('link')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('search works inside the package: the index loads and results open their page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/pkg/lms/${MODULE}/index.html`);
  const content = page.frameLocator('iframe[title="Inhoud van de module"]');
  await content.getByRole('link', { name: 'Zoeken' }).click();
  await content.getByRole('searchbox', { name: 'Waar zoek je naar?' }).fill('signalen');
  const first = content.getByRole('heading', { level: 2 }).getByRole('link').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(
    new RegExp(`^${server.origin}/pkg/.+/index\\.html(#.*)?$`),
  );
  await first.click();
  await expect(content.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(content.getByRole('heading', { level: 1 })).not.toHaveText(/niet gevonden/i);
  expect(errors).toEqual([]);
});

test("search in a module's package offers only the package's modules to narrow to", async ({ page }) => {
  await page.goto(`${server.origin}/pkg/lms/${MODULE}/index.html`);
  const content = page.frameLocator('iframe[title="Inhoud van de module"]');
  await content.getByRole('link', { name: 'Zoeken' }).click();
  const choices = content.getByRole('combobox', { name: 'Beroepsgroep' }).getByRole('option');
  await expect(choices).toHaveText(['Alle beroepsgroepen', 'De meldcode in vijf stappen', 'Onderwijs']);
});

test('from file://, without an LMS, the pages and their links work', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'meldcode-pakket-'));
  try {
    for (const [path, bytes] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    await page.goto(pathToFileURL(join(dir, MODULE, 'index.html')).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Onderwijs' })).toBeVisible();
    await page.getByRole('link', { name: 'Start' }).first().click();
    await expect(page).toHaveURL(/\/index\.html$/);
    await page.getByRole('link', { name: 'Over dit platform' }).first().click();
    await expect(page).toHaveURL(/\/over\/index\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("built with the school's organisatieprofiel (npm test), the wijzer's summary says whom to contact there", async ({
  page,
}) => {
  await page.goto(`${server.origin}/pkg/${MODULE}/wijzer/index.html`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Bekijk de samenvatting tot nu toe' }).click();
  await expect(page.getByRole('heading', { name: 'Contact bij Basisschool De Linde' })).toBeVisible();
  await expect(
    page.getByText('Zo gaat stap 1 bij ons: De leerkracht schrijft signalen op in het leerlingdossier'),
  ).toBeVisible();
});

test('inside the package, the links a case result draws open pages of the package', async ({ page }) => {
  await page.goto(`${server.origin}/pkg/${MODULE}/casussen/daan-blauwe-plekken/index.html`);
  const player = page.locator('.player');
  const result = page.getByRole('heading', { level: 2, name: 'Je resultaat' });
  // The first choice shown, every time: wrong first choices come back in the result with their lesson.
  for (let i = 0; i < 80 && !(await result.isVisible()); i++) {
    await player.locator('.player-choices').getByRole('button').first().click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(result).toBeVisible();
  // The result's CSS comes with the player's later code, from the package too: its table is the design
  // system's (the browser's own table has border-spacing 2px).
  expect(await player.locator('table').evaluate((el) => getComputedStyle(el).borderSpacing)).toBe('0px');
  const links = page.locator('.player a[href]');
  expect(await links.count()).toBeGreaterThan(1);
  for (const href of await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href)))
    expect(href).toMatch(new RegExp(`^${server.origin}/pkg/.+/index\\.html(#.*)?$`));
  await page.getByRole('link', { name: /^Terug naar de module/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onderwijs' })).toBeVisible();
});
