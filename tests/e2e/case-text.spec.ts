import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { parse } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { axeViolations } from './axe.ts';

// A case page carries the case's structure and its first moment; the later moments' text is a file in
// /_astro/ (src/lib/case-text-file.ts), fetched when the learner starts.

interface CaseFile {
  id: string;
  beroepsgroep: string;
  start: string;
  nodes: { id: string; title?: string; choices?: { label: string; verdict: string; next: string }[] }[];
}
const daan = parse(
  readFileSync(new URL('../../content/casussen/onderwijs/daan-blauwe-plekken.yaml', import.meta.url), 'utf8'),
) as CaseFile;
const path = `/${daan.beroepsgroep}/casussen/${daan.id}/`;
const first = daan.nodes.find((node) => node.id === daan.start)!;
const expert = first.choices!.find((choice) => choice.verdict === 'goed')!;
const second = daan.nodes.find((node) => node.id === expert.next)!;
const TEXT = /\/_astro\/casustekst-[^/]+\.json$/;
const isText = (request: Request) => TEXT.test(request.url());

async function open(page: Page) {
  await page.goto(path);
  // The player is awake (a new attempt's choices show before it is: early-choice.ts) and has read what is stored.
  await expect(page.locator('#speler')).not.toHaveAttribute('data-ssr');
  await expect(page.locator('.player-wait')).toHaveCount(0);
  await expect(page.getByRole('button', { name: expert.label })).toBeVisible();
}

async function chooseExpertAndGoOn(page: Page) {
  await page.getByRole('button', { name: expert.label }).click();
  await expect(page.getByRole('heading', { level: 2, name: ui['player.verdict.goed'] })).toBeFocused();
  await page.getByRole('button', { name: ui['player.next'] }).click();
}

test('a first visit fetches no later text until the learner starts, then plays on past moment 1', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => void (isText(request) && fetched.push(request.url())));
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await chooseExpertAndGoOn(page);
  const heading = page.getByRole('heading', { level: 2, name: second.title });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('button', { name: second.choices![0]!.label })).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test('when the later text cannot be fetched, the player says so and tries again; the attempt is kept', async ({
  page,
}) => {
  await page.route(TEXT, (route) => route.abort('internetdisconnected'));
  await open(page);
  await chooseExpertAndGoOn(page);
  await expect(page.getByRole('status').getByText(ui['caseText.failed'])).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('meldcode:voortgang'));
  expect(JSON.parse(stored!).attempts).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.unroute(TEXT);
  await page.getByRole('button', { name: ui['caseText.retry'] }).click();
  await expect(page.getByRole('heading', { level: 2, name: second.title })).toBeFocused();
});

test('"Beschikbaar zonder internet" lists the later text a case page fetches', async ({ request }) => {
  const html = await (await request.get(path)).text();
  const named = /"((?:\.\.\/)*_astro\/casustekst-[\w.-]+\.json)"/.exec(html)![1]!;
  const url = new URL(named, `http://site${path}`).pathname;
  const files = (
    (await (await request.get(`/${daan.beroepsgroep}/zonder-internet.json`)).json()) as {
      files: string[];
    }
  ).files;
  expect(files).toContain(url);
  expect((await request.get(url)).ok()).toBe(true);
});
