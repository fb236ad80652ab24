import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';
import { openWijzer } from './wijzer-helpers.ts';

const example = (name: string) =>
  new URL(`../../content/organisaties/voorbeelden/${name}.yaml`, import.meta.url).pathname;

/** Opens /bij-ons/ and waits until its island has woken. */
async function openSetup(page: Page, hash = '') {
  await page.goto(`/bij-ons/${hash}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
}

test('a professional adds the profile of their kinderopvang: the naslag shows whom to call there, and it can be removed', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openSetup(page);
  await page.getByLabel(ui['bijOns.pick']).setInputFiles(example('kinderopvang'));
  await expect(page.getByRole('heading', { name: 'Bij ons: Kinderopvang Het Zonnetje' })).toBeVisible();
  await expectNoAxeViolations(page, '/bij-ons/ with a profile to save');
  await page.getByRole('button', { name: ui['bijOns.save'] }).click();
  await expect(page.getByRole('status').filter({ hasText: ui['bijOns.saved'] })).toBeVisible();

  await page.goto('/kinderopvang/naslag/');
  const bijOns = page.getByRole('region', { name: 'Bij ons: Kinderopvang Het Zonnetje' });
  await expect(bijOns).toContainText('Sanne de Wit');
  await expect(bijOns.getByRole('link', { name: '012 345 11 22' })).toHaveAttribute('href', 'tel:0123451122');
  await expect(bijOns).toContainText('De houder, Het Zonnetje BV');
  await expectNoAxeViolations(page, 'naslag with Bij ons');
  // Not on the naslag of another beroepsgroep; the basis module is for everyone.
  await page.goto('/onderwijs/naslag/');
  await expect(page.getByRole('region', { name: /^Bij ons/ })).toHaveCount(0);
  await page.goto('/basis/naslag/');
  await expect(page.getByRole('region', { name: /^Bij ons/ })).toBeVisible();
  // A lesson on a step shows how the organisation takes it; the module page says whom to ask.
  await page.goto('/kinderopvang/vijf-stappen/');
  const box = page.getByRole('complementary', { name: 'Zo doen wij het bij Kinderopvang Het Zonnetje' });
  await expect(box).toContainText('Stap 2: De pedagogisch medewerker overlegt met Sanne');
  await expect(box).toContainText('Vragen? Je aandachtsfunctionaris is Sanne de Wit');
  await expectNoAxeViolations(page, 'lesson with Zo doen wij het');
  await page.goto('/kinderopvang/');
  await expect(
    page.getByRole('complementary', { name: 'Zo doen wij het bij Kinderopvang Het Zonnetje' }),
  ).toContainText('Sanne de Wit');
  // The wijzer says whom to ask, and its summary (on screen and printed) whom to contact for the next step.
  await openWijzer(page, '/kinderopvang/wijzer/');
  await expect(
    page.getByRole('complementary', { name: 'Zo doen wij het bij Kinderopvang Het Zonnetje' }),
  ).toContainText('Sanne de Wit');
  await page.getByRole('button', { name: ui['wijzer.start.begin'] }).click();
  await page.getByRole('button', { name: ui['wijzer.summary.show'] }).click();
  await expect(page.getByRole('heading', { name: 'Contact bij Kinderopvang Het Zonnetje' })).toBeVisible();
  await expect(
    page.getByText(
      'Aandachtsfunctionaris: Sanne de Wit (pedagogisch coach): 012 345 11 22, aandachtsfunctionaris@hetzonnetje.example.',
    ),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByText('Zo gaat stap 1 bij ons: De pedagogisch medewerker schrijft op wat zij ziet en hoort'),
  ).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // A trainer's handout shows how the organisation takes each step, as text, without a script file.
  const handout = await page.goto('/kinderopvang/casussen/esmee-wordt-opgehaald/handout/');
  expect(await handout!.text()).not.toMatch(/<script[^>]+src=/);
  const handoutBox = page.getByRole('complementary', {
    name: 'Zo doen wij het bij Kinderopvang Het Zonnetje',
  });
  await expect(handoutBox).toContainText('Stap 1: De pedagogisch medewerker schrijft op');
  await expect(handoutBox).toContainText(
    'Vragen? Je aandachtsfunctionaris is Sanne de Wit, pedagogisch coach',
  );
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie:naam'))).toBe(
    'Kinderopvang Het Zonnetje',
  );

  await openSetup(page);
  await page.getByRole('button', { name: ui['bijOns.remove'] }).click();
  await expect(page.getByRole('status').filter({ hasText: ui['bijOns.removed'] })).toBeVisible();
  await page.goto('/kinderopvang/naslag/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Bij ons/ })).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});

test('a profile in a link (after #) is checked, shown and kept only after "Bewaar"; the progress export takes it to another browser', async ({
  page,
  browser,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const text = readFileSync(example('basisschool'), 'utf8');
  const hash = `#profiel=${Buffer.from(text, 'utf8').toString('base64url')}`;
  await openSetup(page, hash);
  await expect(page.getByRole('heading', { name: 'Bij ons: Basisschool De Linde' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBeNull();
  await page.getByRole('button', { name: ui['bijOns.save'] }).click();
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBe(text);
  await page.goto('/onderwijs/naslag/');
  await expect(page.getByRole('region', { name: 'Bij ons: Basisschool De Linde' })).toContainText(
    'Stichting Lindeschool',
  );

  await page.goto('/voortgang/');
  await expect(page.locator('.my-progress')).toHaveAttribute('data-ready', 'true');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ui['myProgress.export.button'] }).click();
  const path = await (await download).path();
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
    kind: 'voortgang',
    organisatieprofiel: text,
  });
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);

  // In another browser, the import brings the profile along: the lesson on a step shows it.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/voortgang/');
  await expect(other.locator('.my-progress')).toHaveAttribute('data-ready', 'true');
  await other.getByLabel(ui['myProgress.import.label']).setInputFiles(path);
  await other.getByRole('button', { name: ui['myProgress.import.button'] }).click();
  await expect(
    other.getByRole('status').filter({ hasText: 'Het organisatieprofiel van Basisschool De Linde' }),
  ).toBeVisible();
  await other.goto('/onderwijs/stappenplan-op-school/');
  await expect(
    other.getByRole('complementary', { name: 'Zo doen wij het bij Basisschool De Linde' }),
  ).toContainText('Fatma Yilmaz');
  await fresh.close();
});

test('a bad profile is refused with each problem and its line; a damaged stored one is reported, not dropped', async ({
  page,
}) => {
  await openSetup(page);
  await page.getByLabel(ui['bijOns.pick']).setInputFiles({
    name: 'profiel.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(
      readFileSync(example('kinderopvang'), 'utf8')
        .replace('De houder, Het Zonnetje BV, directeur Anton Bakker', 'De locatiemanager')
        .replace('organisatie: Kinderopvang Het Zonnetje', 'organisatie: <b>Het Zonnetje</b>'),
    ),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(ui['bijOns.refused']);
  await expect(alert).toContainText('Regel 3: organisatie: HTML kan hier niet');
  await expect(page.getByRole('button', { name: ui['bijOns.save'] })).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('meldcode:organisatie', 'organisatie: [kapot'));
  await page.goto('/kinderopvang/naslag/');
  await expect(page.getByRole('status').filter({ hasText: ui['bijOns.broken'] })).toBeVisible();
  await openSetup(page);
  await expect(page.getByRole('alert')).toContainText(ui['bijOns.storedBroken']);
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBe('organisatie: [kapot');
  await page.getByRole('button', { name: ui['bijOns.remove'] }).click();
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBeNull();
});
