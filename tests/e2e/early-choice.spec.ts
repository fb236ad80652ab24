import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { choiceOrder } from '../../modules/scoring/choice-order.ts';
import { ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';

// A case page takes its first choice while its files still load (src/islands/early-choice.ts): these
// tests hold the page's script back, press, then let it come.

interface CaseFile {
  id: string;
  beroepsgroep: string;
  start: string;
  nodes: { id: string; choices?: { id: string; label: string }[] }[];
}
const daan = parse(
  readFileSync(new URL('../../content/casussen/onderwijs/daan-blauwe-plekken.yaml', import.meta.url), 'utf8'),
) as CaseFile;
const path = `/${daan.beroepsgroep}/casussen/${daan.id}/`;
const written = daan.nodes.find((node) => node.id === daan.start)!.choices!;
const PROGRESS_KEY = 'meldcode:voortgang';

const host = (page: Page) => page.locator('#speler');
const choices = (page: Page) => page.locator('.player-choices').getByRole('button');
const chosen = (page: Page) => page.locator('.player-chosen');

/** Holds back the page's own script (the player and all it imports) until the returned function is called. */
async function holdPageScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/_casus_\.astro[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Opens the case page with its script held back, once the page has shown a new attempt's choices;
 * returns that attempt's seed and the function that lets the script come.
 */
async function openHeld(page: Page): Promise<{ seed: number; release: () => void }> {
  const release = await holdPageScript(page);
  await page.goto(path, { waitUntil: 'commit' });
  await expect(choices(page)).toHaveCount(written.length);
  return { seed: Number(await host(page).getAttribute('data-seed')), release };
}

/** Waits until the page's script has woken the player (and the player has read what is stored). */
async function awake(page: Page) {
  await expect(host(page)).not.toHaveAttribute('data-ssr');
  await expect(page.locator('.player-wait')).toHaveCount(0);
}

/** The attempts stored, once one is (a choice is saved when the code that saves has loaded). */
async function storedAttempts(page: Page) {
  const read = async () => {
    const text = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    return (
      JSON.parse(text ?? '{"attempts":[]}') as { attempts: { seed: number; events: { choice: string }[] }[] }
    ).attempts;
  };
  await expect.poll(async () => (await read()).length).toBeGreaterThan(0);
  return read();
}

test('before the player wakes, the first choices are shown in a new attempt’s order and a press is taken; the case run judges it when the player wakes', async ({
  page,
}) => {
  const { seed, release } = await openHeld(page);
  await expect(host(page)).toHaveAttribute('data-ssr');
  const order = choiceOrder(seed, daan.start, written.length).map((i) => written[i]!.label);
  await expect(choices(page)).toHaveText(order);

  // The player's status is a live region from the start (empty), so what is put in it is announced.
  await expect(host(page).getByRole('status')).toHaveCount(1);
  await choices(page).nth(1).click();
  await expect(page.getByRole('status').filter({ hasText: ui['earlyChoice.taken'] })).toBeVisible();
  await choices(page).nth(0).click(); // only the first press counts
  await expect(chosen(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'a choice taken before the player woke');

  release();
  await expect(chosen(page)).toContainText(order[1]!);
  await expect(page.getByRole('heading', { level: 2, name: /^(Goed|Deels goed|Niet goed)$/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: ui['earlyChoice.taken'] })).toHaveCount(0);
  const [attempt, ...others] = await storedAttempts(page);
  expect(others).toHaveLength(0);
  expect(attempt!.seed).toBe(seed);
  expect(attempt!.events.map((event) => event.choice)).toEqual([
    written.find((choice) => choice.label === order[1])!.id,
  ]);
});

test('without a press the player wakes with the same choices in the same order, and plays that attempt', async ({
  page,
}) => {
  const { seed, release } = await openHeld(page);
  const order = await choices(page).allTextContents();
  release();
  await awake(page);
  await expect(choices(page)).toHaveText(order);
  await choices(page).last().click();
  await expect(chosen(page)).toContainText(order.at(-1)!);
  expect((await storedAttempts(page))[0]!.seed).toBe(seed);
});

test('with stored progress the page shows no choice until the player has read it, and resumes the attempt', async ({
  page,
}) => {
  await page.goto(path);
  await awake(page);
  await choices(page).first().click();
  await expect(chosen(page)).toBeVisible();
  const [attempt] = await storedAttempts(page);

  const release = await holdPageScript(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('.player-wait')).toBeVisible();
  await expect(choices(page)).toHaveCount(0);
  await expect(host(page)).not.toHaveAttribute('data-seed');
  release();
  await awake(page);
  await expect(page.getByRole('status').filter({ hasText: ui['player.resumed'] })).toBeVisible();
  const [resumed, ...others] = await storedAttempts(page);
  expect(others).toHaveLength(0);
  expect(resumed!.seed).toBe(attempt!.seed);
});

test('when the page’s script does not load, no choice is shown or taken, and the page says why', async ({
  page,
}) => {
  await page.route(/\/_astro\/_casus_\.astro[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(path);
  await expect(page.getByRole('status').filter({ hasText: ui['earlyChoice.failed'] })).toBeVisible();
  await expect(choices(page)).toHaveCount(0);
  await expect(page.locator('.player-wait')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the player could not load');
});

test('with stored progress as well: the page says the player could not load', async ({ page }) => {
  await page.goto(path);
  await awake(page);
  await choices(page).first().click();
  await storedAttempts(page);
  await page.route(/\/_astro\/_casus_\.astro[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: ui['earlyChoice.failed'] })).toBeVisible();
  await expect(choices(page)).toHaveCount(0);
  await expect(page.locator('.player-wait')).toHaveCount(0);
});
