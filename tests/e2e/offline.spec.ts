import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { nl } from '../../modules/strings/nl.ts';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.ts';
import { format, ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';
import { builtPages } from './site-files.ts';
import { serveStatic } from './static-server.ts';
import { choose, openWijzer, press, tick } from './wijzer-helpers.ts';

test.use({ serviceWorkers: 'allow' });
// A first visit precaches the home page and every naslag and wijzer before going offline.
test.describe.configure({ timeout: 120_000 });

/** Waits until the service worker has precached what a first visit keeps and controls the page. */
async function untilOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

/** Waits until the first-visit script has kept the page it runs on (register-worker.ts). */
async function untilKept(page: Page) {
  const path = new URL(page.url()).pathname;
  await expect.poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), path)).toBe(true);
}

/** Whether a page opens with the network off (a page that was not kept fails to load). */
async function opensOffline(page: Page, path: string): Promise<boolean> {
  return page.goto(path).then(
    (response) => response?.ok() ?? false,
    () => false,
  );
}

test('after a first visit, every naslag and wijzer works without a network; lessons and cases are not downloaded yet', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await untilOffline(page);
  await context.setOffline(true);

  await page.goto('/onderwijs/naslag/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naslag meldcode: Onderwijs');

  await openWijzer(page, '/jeugdgezondheidszorg/wijzer/');
  await press(page, page.getByRole('button', { name: ui['wijzer.start.begin'] }));
  await tick(page, page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] }));
  await tick(page, page.getByRole('checkbox', { name: 'Een collega' }));
  const gesprek = page.getByRole('group', { name: ui['wijzer.steps.gesprek'] });
  await choose(
    page,
    gesprek,
    gesprek.getByRole('radio', { name: ui['wijzer.steps.gesprek.gevoerd'], exact: true }),
  );
  await press(page, page.getByRole('button', { name: ui['wijzer.steps.next'] }));
  await press(page, page.getByRole('button', { name: ui['wijzer.answer.ja'], exact: true }));
  await expect(page.locator('.wijzer-notice[role=status]')).toHaveText(
    'Afweging 1: ja. Uitkomst: door naar afweging 2.',
  );
  await expect(page.getByRole('heading', { level: 3, name: nl.phase['afweging-2'] })).toBeVisible();

  for (const path of builtPages().filter((p) => /^\/[^/]+\/(naslag|wijzer)\/$/.test(p)))
    expect(await opensOffline(page, path), path).toBe(true);
  // A phone's data plan is spared: a lesson and a case come only when the learner opens them.
  expect(await opensOffline(page, '/basis/afwegingskader/')).toBe(false);
  expect(await opensOffline(page, '/basis/casussen/weekend-bij-papa/')).toBe(false);
});

test('a page opened once opens offline, the first page of a visit as well, with its island working', async ({
  page,
  context,
}) => {
  await page.goto('/basis/afwegingskader/');
  await untilOffline(page);
  await untilKept(page);
  await page.goto('/basis/casussen/weekend-bij-papa/leertafel/');
  await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
  // What the trainer's first action shows is fetched right after the page is shown, and kept.
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await caches.open('meldcode-paginas')).keys()).some((r) => /leertafel-later/.test(r.url)),
      ),
    )
    .toBe(true);
  await context.setOffline(true);

  await page.goto('/basis/afwegingskader/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het afwegingskader');
  await page.goto('/basis/casussen/weekend-bij-papa/leertafel/');
  await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('button', { name: ui['leertafel.reveal'] })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // The answer itself and its announcement, which come with that later part.
  await expect(page.locator('#leertafel-antwoord')).toContainText(ui['leertafel.why']);
  await expect(page.locator('.leertafel-status')).toContainText(
    format(ui['leertafel.announce'], { label: '' }),
  );
});

test('"Beschikbaar zonder internet" keeps a whole module, its size said first: every case, leertafel and handout opens offline', async ({
  page,
  context,
}) => {
  await page.goto('/basis/');
  await untilOffline(page);
  const section = page.getByRole('region', { name: ui['offline.heading'] });
  await expect(section).toContainText(/ongeveer \d+ kB aan gegevens/);
  await expectNoAxeViolations(page, 'module page with "Beschikbaar zonder internet"');
  await section.getByRole('button', { name: ui['offline.button'] }).click();
  await expect(section.getByRole('status')).toHaveText(ui['offline.saved']);
  await expect(section.getByRole('button')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: ui['offline.heading'] }).getByRole('status')).toHaveText(
    ui['offline.saved'],
  );
  await context.setOffline(true);

  const pages = builtPages().filter((path) => path.startsWith('/basis/'));
  for (const path of pages) expect(await opensOffline(page, path), path).toBe(true);
  test.info().annotations.push({ type: 'basis pages opened offline', description: String(pages.length) });

  await page.goto('/basis/casussen/weekend-bij-papa/handout/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    format(ui['handout.title'], { title: 'Het weekend bij papa' }),
  );
  // A case runs offline: the player takes a first choice.
  await page.goto('/basis/casussen/weekend-bij-papa/');
  await page.locator('.player .player-choices').getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^(Goed|Deels goed|Niet goed)$/ })).toBeFocused();
  // Then the player's later code loads, and the CSS of its result screen with it (player-later.css):
  // kept as well, so it has its rules (one that failed to load has none to read). The page's own CSS is
  // in its HTML (merged-page-css.ts).
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => {
          try {
            return link.sheet!.cssRules.length > 0;
          } catch {
            return false;
          }
        }),
      ),
    )
    .toEqual([true]);
});

test('a case opened online and played on after the network drops keeps every choice', async ({
  page,
  context,
}) => {
  await page.goto('/basis/casussen/weekend-bij-papa/');
  await untilOffline(page);
  await untilKept(page);
  // The code that saves progress is fetched while the learner reads, and kept.
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await (await caches.open('meldcode-paginas')).keys()).some((r) => /case-progress/.test(r.url)),
      ),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.locator('.player .player-choices').getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^(Goed|Deels goed|Niet goed)$/ })).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(localStorage.getItem('meldcode:voortgang') ?? '')))
    .toContain('weekend-bij-papa');
});

test('search works offline once it was used', async ({ page, context }) => {
  await page.goto('/zoeken/');
  await untilOffline(page);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.getByLabel(ui['search.label']).fill('kindcheck');
  await page.getByLabel(ui['search.label']).press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten voor “kindcheck”\.$/);
  await context.setOffline(true);

  await page.goto('/zoeken/?q=0800-2000');
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten? voor “0800-2000”\.$/);
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toBeVisible();
});

test('a new version replaces the old one: the next page opened is the new one, offline as well', async ({
  browser,
}) => {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const copy = mkdtempSync(join(tmpdir(), 'meldcode-site-'));
  cpSync(dist, copy, { recursive: true });
  const site = await serveStatic(copy);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: site.url });
  try {
    const page = await context.newPage();
    await page.goto('/onderwijs/naslag/');
    await untilOffline(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naslag meldcode: Onderwijs');

    // Publish a new version: a page changes, and the build writes a new sw.js.
    const file = join(copy, 'onderwijs/naslag/index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Naslag meldcode: Onderwijs</h1>',
        'Naslag meldcode: Onderwijs (nieuw)</h1>',
      ),
    );
    await generateSW(serviceWorkerOptions(copy));

    // The browser checks for a new worker on navigation; skipWaiting and clientsClaim let it take over at once.
    await page.evaluate(async () => {
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
      await (await navigator.serviceWorker.getRegistration())!.update();
      await changed;
    });
    await page.goto('/onderwijs/naslag/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naslag meldcode: Onderwijs (nieuw)');

    await context.setOffline(true);
    await page.goto('/basis/naslag/');
    await page.goto('/onderwijs/naslag/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Naslag meldcode: Onderwijs (nieuw)');
  } finally {
    await context.close();
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
