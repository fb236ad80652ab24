import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';

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
  // The wijzer says whom to ask.
  await page.goto('/kinderopvang/wijzer/');
  await expect(
    page.getByRole('complementary', { name: 'Zo doen wij het bij Kinderopvang Het Zonnetje' }),
  ).toContainText('Sanne de Wit');
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

test('a profile in a link (after #) is checked and shown, and kept only after "Bewaar"', async ({ page }) => {
  const text = readFileSync(example('basisschool'), 'utf8');
  const hash = `#profiel=${Buffer.from(text, 'utf8').toString('base64url')}`;
  await openSetup(page, hash);
  await expect(page.getByRole('heading', { name: 'Bij ons: Basisschool De Linde' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBeNull();
  await page.getByRole('button', { name: ui['bijOns.save'] }).click();
  expect(await page.evaluate(() => localStorage.getItem('meldcode:organisatie'))).toBe(text);
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
