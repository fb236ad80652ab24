import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { nl } from '../../modules/strings/nl.ts';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.ts';
import { format, ui } from '../../src/i18n/ui.ts';
import { builtPages } from './site-files.ts';
import { serveStatic } from './static-server.ts';
import { choose, openWijzer, press, tick } from './wijzer-helpers.ts';

test.use({ serviceWorkers: 'allow' });
// A first visit precaches the whole site (about 2 MB) before going offline.
test.describe.configure({ timeout: 120_000 });

/** Waits until the service worker has precached the site and controls the page. */
async function untilOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

test('after a first visit, the naslag, the wijzer, a lesson, the case pages and a leertafel work without a network', async ({
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

  await page.goto('/basis/afwegingskader/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Het afwegingskader');

  // Case pages come with the case player; every one that is built must open offline too. (Each case's
  // leertafel and handout are precached the same way; one of each is opened below.)
  const cases = builtPages().filter((path) => /^\/[^/]+\/casussen\/[^/]+\/$/.test(path));
  for (const path of cases) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  test.info().annotations.push({ type: 'case pages opened offline', description: String(cases.length) });

  await page.goto('/basis/casussen/weekend-bij-papa/handout/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    format(ui['handout.title'], { title: 'Het weekend bij papa' }),
  );
  // A leertafel runs offline: a presenter key reveals the expert's answer, the next one goes on.
  await page.goto('/basis/casussen/weekend-bij-papa/leertafel/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('button', { name: ui['leertafel.reveal'] })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'De kindcheck' })).toBeFocused();
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
