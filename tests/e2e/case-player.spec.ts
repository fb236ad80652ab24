import { readFileSync } from 'node:fs';
import { axeViolations } from './axe.ts';
import { builtModules } from './progress-fixtures.ts';
import { playLastCase } from './certificate-helpers.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { fill, nl } from '../../modules/strings/nl.ts';
import { format, ui } from '../../src/i18n/ui.ts';

// Several tests play a whole case (ten to twenty choices), some with axe scans between: more than 30 s
// on a busy machine.
test.describe.configure({ timeout: 120_000 });
const PROGRESS_KEY = 'meldcode:voortgang';

interface CaseFile {
  id: string;
  version: number;
  title: string;
  beroepsgroep: string;
  start: string;
  nodes: {
    id: string;
    title?: string;
    question?: string;
    choices?: { id: string; label: string; verdict: string }[];
  }[];
}
const readCase = (file: string) =>
  parse(readFileSync(new URL(`../../content/casussen/${file}`, import.meta.url), 'utf8')) as CaseFile;
const daan = readCase('onderwijs/daan-blauwe-plekken.yaml');
const aylin = readCase('onderwijs/aylin-zomervakantie.yaml');
const pathOf = (c: CaseFile) => `/${c.beroepsgroep}/casussen/${c.id}/`;
const startTitle = (c: CaseFile) => c.nodes.find((node) => node.id === c.start)!.title!;

const verdictHeading = /^(Goed|Deels goed|Niet goed)$/;
const player = (page: Page) => page.locator('.player');
const choices = (page: Page) => player(page).locator('.player-choices').getByRole('button');
const feedbackHeading = (page: Page) => page.getByRole('heading', { level: 2, name: verdictHeading });
const resultHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: ui['player.result.heading'] });

/** Opens a case page and waits until the player has read stored progress and shows its choices. */
async function openCase(page: Page, c: CaseFile) {
  await page.goto(pathOf(c));
  // The player is awake (a new attempt's choices show before it is: early-choice.ts) and has read what is stored.
  await expect(page.locator('#speler')).not.toHaveAttribute('data-ssr');
  await expect(page.locator('.player-wait')).toHaveCount(0);
  await expect(choices(page).first()).toBeVisible();
}

/** Tabs forward until `target` has focus (Tab only, no mouse). */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

/** Makes the first choice and goes on ("Verder"), by mouse; returns whether the case has ended. */
async function chooseFirst(page: Page): Promise<boolean> {
  await choices(page).first().click();
  await expect(feedbackHeading(page)).toBeFocused();
  await page.getByRole('button', { name: ui['player.next'] }).click();
  // A wrong choice may play out in a consequence first: read it and go on.
  while (await player(page).locator('.player-consequence').isVisible())
    await player(page).locator('.player-consequence .player-next').click();
  return resultHeading(page).isVisible();
}

async function playToEnd(page: Page, each?: () => Promise<void>) {
  for (let i = 0; i < 80; i++) {
    await each?.();
    if (await chooseFirst(page)) return;
  }
  throw new Error('the case did not end');
}

async function storedAttempts(page: Page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return (
    JSON.parse(text ?? '{"attempts":[]}') as {
      attempts: { caseId: string; seed: number; events: unknown[] }[];
    }
  ).attempts;
}

test('the case page says how the case starts, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(pathOf(daan));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(daan.title);
  await expect(page.getByRole('heading', { level: 2, name: startTitle(daan) })).toBeVisible();
  expect(await response!.text()).toContain(`<noscript><p>${ui['case.noscript']}</p>`);
  await context.close();
});

test('the module page links each case to its page', async ({ page }) => {
  await page.goto(`/${daan.beroepsgroep}/`);
  await page.getByRole('link', { name: daan.title, exact: true }).click();
  await expect(page).toHaveURL(pathOf(daan));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(daan.title);
});

test('a whole case can be played by keyboard alone, with feedback focused and in view after each choice', async ({
  page,
}) => {
  await openCase(page, daan);
  await expect(page.getByText('Je bent bij stap 1.')).toBeVisible();
  for (let i = 0; i < 80 && !(await resultHeading(page).isVisible()); i++) {
    await tabTo(page, choices(page).first());
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
    const heading = feedbackHeading(page);
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(player(page).getByText(ui['player.why'])).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: ui['player.next'] })).toBeFocused();
    await page.keyboard.press('Enter');
    // Focus moves on to the heading of what comes next: a moment, or how the case ended.
    await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'H2');
  }
  await expect(resultHeading(page)).toBeVisible();
  await expect(player(page).getByText(/^Je score: \d+ van \d+ punten \(\d+%\)\./)).toBeVisible();
  await expect(player(page).getByText(/^Uitslag: (niet )?geslaagd/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: ui['player.result.afwegingen'] })).toBeVisible();
  await expect(player(page).getByText(ui['player.result.expert']).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: ui['player.result.steps'] })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: ui['player.retry'] }));
  const attempts = await storedAttempts(page);
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ caseId: daan.id, kind: 'poging' });
});

test('after a reload mid-case the player is back at the same moment with the same order of choices', async ({
  page,
}) => {
  await openCase(page, daan);
  await chooseFirst(page);
  await chooseFirst(page);
  const heading = await player(page).getByRole('heading', { level: 2 }).first().textContent();
  const order = await choices(page).allTextContents();
  await page.reload();
  await expect(page.locator('.player-wait')).toHaveCount(0); // the player is awake and has read what is stored
  // The player's own status (the case's later text may still be loading, in a status of its own).
  await expect(page.getByRole('status').filter({ hasText: ui['player.resumed'] })).toBeVisible();
  await expect(player(page).getByRole('heading', { level: 2 }).first()).toHaveText(heading!);
  await expect(choices(page)).toHaveText(order);
  expect(await storedAttempts(page)).toHaveLength(1);
});

test('retry starts a new attempt with a new order; an earlier attempt can be looked back on, step by step', async ({
  page,
}) => {
  await openCase(page, daan);
  await playToEnd(page);
  const [finished] = await storedAttempts(page);
  await page.getByRole('button', { name: ui['player.retry'] }).click();
  await expect(page.getByRole('heading', { level: 2, name: startTitle(daan) })).toBeFocused();
  await chooseFirst(page);
  const attempts = await storedAttempts(page);
  expect(attempts).toHaveLength(2);
  expect(attempts[1]!.seed).not.toBe(finished!.seed);

  await page.reload();
  await expect(page.locator('.player-wait')).toHaveCount(0); // the player is awake and has read what is stored
  const earlier = page.getByRole('region', { name: ui['player.attempts.heading'] });
  await expect(earlier.getByRole('listitem')).toHaveCount(0); // mid-attempt: no list
  await playToEnd(page);
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  await expect(earlier.getByRole('listitem')).toContainText(/: \d+ van \d+ punten, (niet )?geslaagd/);

  const before = await storedAttempts(page);
  await earlier.getByRole('button', { name: /^Bekijk/ }).click();
  const reviewHeading = page.getByRole('heading', { level: 2, name: /^Terugkijken: de poging van / });
  await expect(reviewHeading).toBeFocused();
  await expect(page.getByRole('heading', { level: 3, name: ui['player.result.heading'] })).toBeVisible();
  await page.getByRole('button', { name: ui['player.review.toSteps'] }).click();
  const step = page.getByRole('heading', { level: 3, name: /^Beslissing 1 van \d+/ });
  await expect(step).toBeFocused();
  await expect(player(page).getByText(`(${ui['player.review.chosen']})`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: verdictHeading })).toBeVisible();
  await expect(page.getByRole('button', { name: ui['player.review.previous'] })).toBeDisabled();
  await page.getByRole('button', { name: ui['player.review.next'] }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Beslissing 2 van \d+/ })).toBeFocused();
  await page.getByRole('button', { name: ui['player.review.close'] }).click();
  await expect(resultHeading(page)).toBeVisible();
  // Looking back changes nothing in the record.
  expect(await storedAttempts(page)).toEqual(before);
});

test('two tabs playing different cases keep each other’s attempts', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openCase(a, daan);
  await openCase(b, aylin);
  for (let i = 0; i < 3; i++) {
    await chooseFirst(a);
    await chooseFirst(b);
  }
  const attempts = await storedAttempts(a);
  expect(attempts.map((attempt) => [attempt.caseId, attempt.events.length]).sort()).toEqual(
    [
      [aylin.id, 3],
      [daan.id, 3],
    ].sort(),
  );
});

test('an attempt made on an older version of the case is kept, and the learner is told why they start afresh', async ({
  page,
}) => {
  await page.goto('/');
  const old = {
    kind: 'poging',
    version: 2,
    caseId: daan.id,
    caseVersion: daan.version + 1,
    caseHash: `sha256:${'0'.repeat(64)}`,
    startedAt: '2026-01-01T09:00:00.000Z',
    seed: 1,
    events: [{ node: daan.start, choice: 'iets' }],
  };
  const progress = {
    kind: 'voortgang',
    version: 1,
    lessons: [],
    answers: {},
    attempts: [old],
    completed: {},
  };
  await page.evaluate(
    ([key, text]) => localStorage.setItem(key!, text!),
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
  await openCase(page, daan);
  await expect(page.getByRole('status').filter({ hasText: ui['player.changed'] })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: startTitle(daan) })).toBeVisible();
  await expect(player(page).getByText(ui['player.attempts.older.one'])).toBeVisible();
  await chooseFirst(page);
  const attempts = await storedAttempts(page);
  expect(attempts).toHaveLength(2);
  expect(attempts[0]).toEqual(old);
});

test('damaged stored progress is set aside with a notice, and the case can still be played', async ({
  page,
}) => {
  // On a page without islands: the home page's "verder waar je was" would find the damage first.
  await page.goto('/over/');
  await page.evaluate((key) => localStorage.setItem(key, '{"kind":"voortgang", kapot'), PROGRESS_KEY);
  await openCase(page, daan);
  await expect(page.getByRole('status').filter({ hasText: 'apart gezet' })).toBeVisible();
  await chooseFirst(page);
  expect(await storedAttempts(page)).toHaveLength(1);
});

test('at 400 % zoom (320 CSS px wide) a whole case plays without scrolling sideways, and no word in the result breaks', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 256 } });
  const page = await context.newPage();
  await openCase(page, daan);
  const noSideways = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await playToEnd(page, noSideways);
  await noSideways();
  // No word in the result table is broken in the middle ("Punte/n"): each word lies on one line.
  await expect(page.getByRole('columnheader').first()).toBeVisible();
  const broken = await page.locator('table').evaluate((table) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode())
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) words.push(match[0]);
      }
    return words;
  });
  expect(broken).toEqual([]);
  await context.close();
});

test('with reduced motion the page neither scrolls smoothly nor animates', async ({ browser }) => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await openCase(page, daan);
    await choices(page).first().click();
    await expect(feedbackHeading(page)).toBeFocused();
    const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(behavior).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await context.close();
  }
});

test('every state of the player has no WCAG 2.2 AA violations, light and dark', async ({ page }) => {
  await openCase(page, daan);
  expect(await axeViolations(page), 'first moment').toEqual([]);
  await choices(page).first().click();
  await expect(feedbackHeading(page)).toBeFocused();
  expect(await axeViolations(page), 'feedback').toEqual([]);
  await page.getByRole('button', { name: ui['player.next'] }).click();
  await playToEnd(page);
  expect(await axeViolations(page), 'result').toEqual([]);
  await page.getByRole('button', { name: ui['player.retry'] }).click();
  await page.getByRole('button', { name: /^Bekijk/ }).click();
  expect(await axeViolations(page), 'review: result').toEqual([]);
  await page.getByRole('button', { name: ui['player.review.toSteps'] }).click();
  expect(await axeViolations(page), 'review: a decision').toEqual([]);
});

test('a dangerous choice fails the case, and the result names it, says why and what the meldcode asks', async ({
  page,
}) => {
  // Advising Aylin, who is threatened with a forced marriage, to talk it out with her father first;
  // every other moment along the expert's route.
  const dangerous = { node: 'mentorgesprek', choice: 'zelf-uitpraten' };
  const category = nl.critical['familie-of-verdachte-eerst'];
  const choiceAt = (node: string, id: string) =>
    aylin.nodes.find((n) => n.id === node)!.choices!.find((c) => c.id === id)!;
  await openCase(page, aylin);
  let taken = false;
  for (let i = 0; i < 80 && !(await resultHeading(page).isVisible()); i++) {
    const shown = (await choices(page).allTextContents()).map((text) => text.trim());
    const node = aylin.nodes.find((n) => n.choices?.some((c) => shown.includes(c.label.trim())))!;
    const pick =
      node.id === dangerous.node && !taken
        ? ((taken = true), choiceAt(node.id, dangerous.choice))
        : node.choices!.find((c) => c.verdict === 'goed')!;
    await player(page)
      .locator('.player-choices')
      .getByRole('button', { name: pick.label.trim(), exact: true })
      .click();
    await expect(feedbackHeading(page)).toBeFocused();
    await page.getByRole('button', { name: ui['player.next'] }).click();
  }
  expect(taken).toBe(true);
  await expect(player(page).getByText(`Uitslag: ${nl.result.criticalFailed}.`)).toBeVisible();
  const region = page.getByRole('region', { name: ui['player.result.critical'] });
  await expect(region.getByRole('heading', { level: 4, name: category.name })).toBeVisible();
  await expect(region.getByText(choiceAt(dangerous.node, dangerous.choice).label.trim())).toBeVisible();
  await expect(region.getByText(ui['player.result.criticalWhy'])).toBeVisible();
  await expect(region.getByText(category.why)).toBeVisible();
  await expect(region.getByText(ui['player.result.criticalAsks'])).toBeVisible();
  await expect(region.getByText(category.asks)).toBeVisible();
  expect(await axeViolations(page), 'result with a dangerous choice').toEqual([]);
  // Aylin is not the last case of its module: the result offers the next one.
  const next = readCase('onderwijs/berichten-van-de-gymdocent.yaml');
  await expect(
    player(page).getByRole('link', { name: format(ui['player.after.nextCase'], { title: next.title }) }),
  ).toHaveAttribute('href', pathOf(next));
  // The list of earlier attempts says it did not pass.
  await page.getByRole('button', { name: ui['player.retry'] }).click();
  await expect(
    page.getByRole('region', { name: ui['player.attempts.heading'] }).getByRole('listitem'),
  ).toContainText('niet geslaagd');
});

/** Plays `c` to its end along the expert's route, except that `wrongFirst` (node id → choice id) is chosen first there. */
async function playWithWrongFirst(page: Page, c: CaseFile, wrongFirst: Record<string, string>) {
  const tried = new Set<string>();
  for (let i = 0; i < 80 && !(await resultHeading(page).isVisible()); i++) {
    const shown = (await choices(page).allTextContents()).map((text) => text.trim());
    const node = c.nodes.find((n) => n.choices?.some((choice) => shown.includes(choice.label.trim())))!;
    const wrong = wrongFirst[node.id];
    const pick =
      wrong && !tried.has(node.id)
        ? node.choices!.find((choice) => choice.id === wrong)!
        : node.choices!.find((choice) => choice.verdict === 'goed')!;
    tried.add(node.id);
    await player(page)
      .locator('.player-choices')
      .getByRole('button', { name: pick.label.trim(), exact: true })
      .click();
    await expect(feedbackHeading(page)).toBeFocused();
    await page.getByRole('button', { name: ui['player.next'] }).click();
  }
  // Focus is on how the case ended, the first heading of the result screen, as before.
  await expect(page.locator(':focus')).toHaveAttribute('id', 'einde-kop');
}

test('a wrong first choice, corrected, costs its points: the result says why, how scoring works, and links the lesson', async ({
  page,
}) => {
  // At Daan's first moment, wait and see (fout, 0 of 2 points), then write down what you see; the expert's route after.
  const moment = daan.nodes.find((n) => n.id === 'maandagochtend')!;
  const wrong = moment.choices!.find((c) => c.id === 'afwachten')!;
  const rationale = (wrong as { rationale?: string }).rationale!.trim();
  await openCase(page, daan);
  await playWithWrongFirst(page, daan, { maandagochtend: 'afwachten' });
  await expect(player(page).getByText(/^Je score: 12 van 14 punten \(86%\)\./)).toBeVisible();
  await expect(
    player(page).getByText(fill(nl.scoring.wrongOne, { total: 12, max: 14 }), { exact: true }),
  ).toBeVisible();
  const how = player(page).locator('.player-how-scored');
  await expect(page.getByRole('heading', { level: 3, name: ui['player.result.howScored'] })).toBeVisible();
  await expect(how.getByRole('listitem')).toHaveText([
    nl.scoring.firstChoice,
    nl.scoring.retry,
    nl.scoring.critical,
    fill(nl.scoring.passMark, { percent: 70, points: 10, max: 14 }),
  ]);
  const list = page.getByRole('region', { name: ui['player.result.wrong'] });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('heading', { level: 4, name: moment.title! })).toBeVisible();
  await expect(list.getByText(wrong.label.trim())).toBeVisible();
  await expect(list.getByText(rationale)).toBeVisible();
  const lesson = list.getByRole('link', {
    name: format(ui['player.result.lesson'], { title: 'Signalen per leeftijd' }),
  });
  await expect(lesson).toHaveAttribute('href', '/onderwijs/signalen-per-leeftijd/');
  // What next: retry, the next case of the module (or that this was the last), back to the module.
  const cases = builtModules().find((m) => m.id === 'onderwijs')!.cases;
  const next = cases[cases.findIndex((c) => c.id === daan.id) + 1];
  if (next)
    await expect(
      player(page).getByRole('link', { name: format(ui['player.after.nextCase'], { title: next.title }) }),
    ).toHaveAttribute('href', `/onderwijs/casussen/${next.id}/`);
  else await expect(player(page).getByText(ui['player.after.lastCase'])).toBeVisible();
  await expect(
    player(page).getByRole('link', { name: format(ui['player.after.module'], { group: 'Onderwijs' }) }),
  ).toHaveAttribute('href', '/onderwijs/');
  expect(await axeViolations(page), 'result with a wrong first choice').toEqual([]);
  await lesson.click();
  await expect(page).toHaveURL(/\/onderwijs\/signalen-per-leeftijd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signalen per leeftijd');
});

test('the attempt list names each attempt for screen readers', async ({ page }) => {
  await openCase(page, daan);
  await playToEnd(page);
  await page.getByRole('button', { name: ui['player.retry'] }).click();
  const button = page.getByRole('button', { name: /^Bekijk/ });
  await expect(button).toHaveAccessibleName(
    new RegExp(`^${ui['player.attempts.view']} ${format(ui['player.attempts.viewWhich'], { date: '.+' })}$`),
  );
});

test('a wrong choice plays out in its consequence, then the learner is back at the moment to choose again', async ({
  page,
}) => {
  // Inviting Aylin's father to explain: he reports her sick and the family leaves earlier. Every
  // other moment along the expert's route.
  const wrong = { node: 'ouders-gesprek', choice: 'vader-uitnodigen' };
  const file = parse(
    readFileSync(
      new URL('../../content/casussen/onderwijs/aylin-zomervakantie.yaml', import.meta.url),
      'utf8',
    ),
  ) as CaseFile & { consequences: { id: string; title: string; situation: string }[] };
  const consequence = file.consequences.find((c) => c.id === 'aylin-ziek-gemeld')!;
  const at = aylin.nodes.find((n) => n.id === wrong.node)!;
  const wrongLabel = at.choices!.find((c) => c.id === wrong.choice)!.label.trim();
  await openCase(page, aylin);
  for (let i = 0; i < 20; i++) {
    const shown = (await choices(page).allTextContents()).map((text) => text.trim());
    if (shown.includes(wrongLabel)) break;
    const node = aylin.nodes.find((n) => n.choices?.some((c) => shown.includes(c.label.trim())))!;
    await choices(page)
      .getByText(node.choices!.find((c) => c.verdict === 'goed')!.label.trim())
      .click();
    await page.getByRole('button', { name: ui['player.next'] }).click();
  }
  await choices(page).getByText(wrongLabel, { exact: true }).click();
  await expect(feedbackHeading(page)).toBeFocused();
  await page.getByRole('button', { name: ui['player.next'] }).click();
  // The consequence: its heading focused and in view, what happened, no choices, one way on.
  const consequenceHeading = page.getByRole('heading', {
    level: 2,
    name: `${ui['player.consequence']}: ${consequence.title}`,
  });
  await expect(consequenceHeading).toBeFocused();
  await expect(consequenceHeading).toBeInViewport();
  await expect(player(page).getByText(ui['player.consequenceNote'])).toBeVisible();
  await expect(player(page).getByText(consequence.situation.replace(/\s+/g, ' ').trim())).toBeVisible();
  await expect(choices(page)).toHaveCount(0);
  expect(await axeViolations(page), 'consequence').toEqual([]);
  await page.keyboard.press('Tab');
  const back = page.getByRole('button', { name: ui['player.backToChoice'] });
  await tabTo(page, back);
  await page.keyboard.press('Enter');
  // Back at the moment of the choice, without the choice already made.
  await expect(page.getByRole('heading', { level: 2, name: at.title })).toBeFocused();
  await expect(choices(page).getByText(wrongLabel, { exact: true })).toHaveCount(0);
  // The consequence is not a step of the attempt: the log holds the decisions only.
  const [attempt] = await storedAttempts(page);
  expect(attempt!.events.at(-1)).toMatchObject(wrong);
  await playToEnd(page);
  await expect(player(page).getByText(/^Uitslag: /)).toBeVisible();
});

test('a wrong choice can end the case badly: after its consequence comes the ending, and the result says why it failed', async ({
  page,
}) => {
  // Dina: going along with the aunt's offer to sit down with the whole family.
  const dina = readCase('basis/dina-en-de-familie-eer.yaml');
  const at = dina.nodes.find((n) => n.id === 'tante-belt')!;
  const wrongLabel = at.choices!.find((c) => c.id === 'om-tafel')!.label.trim();
  const ending = dina.nodes.find((n) => n.id === 'einde-dina-vertrokken')!;
  await openCase(page, dina);
  for (let i = 0; i < 20; i++) {
    const shown = (await choices(page).allTextContents()).map((text) => text.trim());
    if (shown.includes(wrongLabel)) break;
    const node = dina.nodes.find((n) => n.choices?.some((c) => shown.includes(c.label.trim())))!;
    await choices(page)
      .getByText(node.choices!.find((c) => c.verdict === 'goed')!.label.trim())
      .click();
    await page.getByRole('button', { name: ui['player.next'] }).click();
  }
  await choices(page).getByText(wrongLabel, { exact: true }).click();
  await page.getByRole('button', { name: ui['player.next'] }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Gevolg van je keuze: / })).toBeFocused();
  await player(page).locator('.player-consequence .player-next').click();
  await expect(page.getByRole('heading', { level: 2, name: ending.title })).toBeFocused();
  await expect(resultHeading(page)).toBeVisible();
  await expect(player(page).getByText(`Uitslag: ${nl.result.criticalFailed}.`)).toBeVisible();
  expect(await axeViolations(page), 'bad ending').toEqual([]);
});

test('a case result prints without the site navigation and the controls, with its table and feedback', async ({
  page,
}) => {
  await playLastCase(page);
  await page.emulateMedia({ media: 'print' });
  const result = page.getByRole('region', { name: ui['player.result.heading'] });
  await expect(result.getByRole('heading', { level: 2, name: ui['player.result.heading'] })).toBeVisible();
  await expect(result.getByRole('table').first()).toBeVisible();
  await expect(result.locator('.player-score')).toBeVisible();
  await expect(result.locator('.player-afweging').first()).toBeVisible();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: ui['player.retry'] })).toBeHidden();
  await expect(page.getByRole('heading', { name: ui['player.after.heading'] })).toBeHidden();
  await expect(page.getByRole('link', { name: ui['case.leertafel'] })).toBeHidden();
  await expect(page.getByRole('link', { name: /^Terug naar/ }).first()).toBeHidden();
  // On screen, all of it is there.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: ui['player.retry'] })).toBeVisible();
  await expect(page.getByRole('link', { name: ui['case.leertafel'] })).toBeVisible();
});
