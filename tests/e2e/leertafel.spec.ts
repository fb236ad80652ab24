import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { nl } from '../../modules/strings/nl.ts';
import { format, ui } from '../../src/i18n/ui.ts';
import { tabTo } from './wijzer-helpers.ts';

// A whole case, with axe scans of every kind of state, twice (light and dark), on a busy machine.
test.describe.configure({ timeout: 300_000 });

interface Choice {
  id: string;
  label: string;
  verdict: string;
  next: string;
}
interface CaseFile {
  id: string;
  title: string;
  beroepsgroep: string;
  start: string;
  nodes: { id: string; title: string; end?: true; discussion?: string[]; choices?: Choice[] }[];
}
// This case has a branch off the expert route (afweging 2: "ja" leads straight to melden) and one
// moment with discussion questions of its own.
const rob = parse(
  readFileSync(new URL('../../content/casussen/basis/weekend-bij-papa.yaml', import.meta.url), 'utf8'),
) as CaseFile;
const node = (id: string) => rob.nodes.find((n) => n.id === id)!;
const expertOf = (id: string) => node(id).choices!.find((c) => c.verdict === 'goed')!;
const casePath = `/${rob.beroepsgroep}/casussen/${rob.id}/`;
const leertafelPath = `${casePath}leertafel/`;

/** The expert route: node ids from the start to the ending. */
function expertRoute(): string[] {
  const route = [rob.start];
  while (!node(route.at(-1)!).end) route.push(expertOf(route.at(-1)!).next);
  return route;
}

const heading = (page: Page) => page.locator('#leertafel-kop');
const status = (page: Page) => page.locator('.leertafel-status');
const reveal = (page: Page) => page.getByRole('button', { name: ui['leertafel.reveal'] });

/** The heading of a moment on screen, focused. */
async function atMoment(page: Page, id: string) {
  const n = node(id);
  await expect(heading(page)).toHaveText(n.end ? `${ui['leertafel.end']}: ${n.title}` : n.title);
  await expect(heading(page)).toBeFocused();
}

test('a trainer leads a whole case with the keyboard and presenter keys, without axe violations in light or dark', async ({
  page,
}) => {
  await page.goto(leertafelPath);
  await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
  await expect(heading(page)).toHaveText(node(rob.start).title);
  await expect(page.getByText(nl.discussion.doen)).toBeVisible();
  await expect(reveal(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(
    page.getByText(format(ui['leertafel.expert'], { label: expertOf(rob.start).label })),
  ).toBeHidden();
  await expectNoAxeViolations(page, 'first moment');

  const route = expertRoute();
  const branchAt = route.indexOf('afweging-2-rob');
  for (let i = 0; i < route.length - 1; i++) {
    const here = route[i]!;
    if (i === branchAt) {
      // The moment's own questions, not the default.
      for (const question of node(here).discussion!) await expect(page.getByText(question)).toBeVisible();
      // Another branch: take "ja" at afweging 2 by keyboard and see a different next moment.
      const other = node(here).choices!.find((c) => c.verdict !== 'goed')!;
      const take = page.getByRole('button', { name: new RegExp(`^Kies [A-Z]: ${other.label}$`) });
      await tabTo(page, take);
      await page.keyboard.press('Enter');
      await atMoment(page, other.next);
      expect(other.next).not.toBe(expertOf(here).next);
      await expect(page.getByText(format(ui['leertafel.chosen'], { label: other.label }))).toBeVisible();
      await expectNoAxeViolations(page, `after another branch at ${here}`);
      // Back, with the presenter's "back" key, to where the branch started.
      await page.keyboard.press('ArrowLeft');
      await atMoment(page, here);
      await expect(reveal(page)).toHaveAttribute('aria-expanded', 'false');
      // And one further back, then on again.
      await page.keyboard.press('PageUp');
      await atMoment(page, route[i - 1]!);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await atMoment(page, here);
    }
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
    const expert = expertOf(here);
    await expect(status(page)).toHaveText(format(ui['leertafel.announce'], { label: expert.label }));
    await expect(reveal(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(format(ui['leertafel.expert'], { label: expert.label }))).toBeVisible();
    // Each kind of state once: the first reveal, and the moment with questions of its own.
    const scan = i === 0 || i === branchAt;
    if (scan) await expectNoAxeViolations(page, `revealed at ${here}`);
    await page.keyboard.press(i % 2 === 0 ? 'PageDown' : 'ArrowRight');
    await atMoment(page, route[i + 1]!);
    await expect(heading(page)).toBeInViewport();
    if (scan) await expectNoAxeViolations(page, `moment ${route[i + 1]}, after the expert's choice`);
  }

  await expect(page.getByRole('heading', { level: 3, name: ui['leertafel.steps'] })).toBeVisible();
  await expect(page.getByText(nl.discussion.einde)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(ui['leertafel.atEnd']);
  await expectNoAxeViolations(page, 'ending, with its message');

  await tabTo(page, page.getByRole('button', { name: ui['leertafel.restart'] }));
  await page.keyboard.press('Enter');
  await atMoment(page, rob.start);
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toHaveText(ui['leertafel.atStart']);
  // Nothing was saved: no progress, no attempt.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('the mouse can do the same: reveal and hide, take a choice, back and next buttons', async ({ page }) => {
  await page.goto(leertafelPath);
  await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
  await reveal(page).click();
  await expect(reveal(page)).toHaveAttribute('aria-expanded', 'true');
  await reveal(page).click();
  await expect(status(page)).toHaveText(ui['leertafel.hidden']);
  const wrong = node(rob.start).choices!.find((c) => c.verdict === 'fout')!;
  await page.getByRole('button', { name: new RegExp(`: ${wrong.label}$`) }).click();
  // A retry: the same moment, with what the choice led to above it.
  await atMoment(page, rob.start);
  await expect(page.getByText(ui['leertafel.chosenVerdict.fout'])).toBeVisible();
  await page.getByRole('button', { name: ui['leertafel.back'] }).click();
  await expect(page.getByText(format(ui['leertafel.chosen'], { label: wrong.label }))).toBeHidden();
  await page.getByRole('button', { name: ui['leertafel.next'] }).click();
  await page.getByRole('button', { name: ui['leertafel.next'] }).click();
  await atMoment(page, expertOf(rob.start).next);
});

test('the case page and the module page link to the leertafel, and it links to the handout', async ({
  page,
}) => {
  await page.goto(`/${rob.beroepsgroep}/`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: rob.title }) });
  await card.getByRole('link', { name: ui['case.leertafel'] }).click();
  await expect(page).toHaveURL(leertafelPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    format(ui['leertafelPage.title'], { title: rob.title }),
  );
  await expect(page.getByText(ui['leertafelPage.keys.next'])).toBeVisible();
  await page.goto(casePath);
  await page.getByRole('link', { name: ui['case.leertafel'] }).click();
  await expect(page).toHaveURL(leertafelPath);
  await page.getByRole('link', { name: ui['case.handout'] }).click();
  await expect(page).toHaveURL(`${casePath}handout/`);
});

test('the handout shows the expert route, the wrong turns and the questions, without JavaScript or axe violations in light or dark', async ({
  page,
}) => {
  const response = await page.goto(`${casePath}handout/`);
  const html = await response!.text();
  expect(html).not.toContain('<astro-island');
  expect(html).not.toMatch(/<script[^>]+src=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    format(ui['handout.title'], { title: rob.title }),
  );
  const route = expertRoute();
  const headings = route.map((id, i) =>
    node(id).end
      ? format(ui['handout.end'], { heading: node(id).title })
      : format(ui['handout.moment'], { n: i + 1, heading: node(id).title }),
  );
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([ui['handout.goals'], ...headings]);
  for (const id of route.slice(0, -1)) {
    const section = page.getByRole('region', { name: headings[route.indexOf(id)] });
    await expect(section.getByText(expertOf(id).label, { exact: true })).toBeVisible();
    for (const wrong of node(id).choices!.filter((c) => c.verdict !== 'goed'))
      await expect(section.getByText(wrong.label, { exact: true })).toBeVisible();
  }
  for (const question of node('afweging-2-rob').discussion!)
    await expect(page.getByText(question)).toBeVisible();
  await expect(page.getByText(nl.discussion.kader).first()).toBeVisible();
  await expectNoAxeViolations(page, 'handout');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('link', { name: ui['handout.leertafel'] })).toBeHidden();
});

test('a trainer takes a wrong choice and the group sees what it leads to, then goes back to the choice', async ({
  page,
}) => {
  // Dina: inviting her parents to the conversation.
  const dina = parse(
    readFileSync(
      new URL('../../content/casussen/basis/dina-en-de-familie-eer.yaml', import.meta.url),
      'utf8',
    ),
  ) as CaseFile & { consequences: { id: string; title: string; next: string }[] };
  const dinaNode = (id: string) => dina.nodes.find((n) => n.id === id)!;
  const consequence = dina.consequences.find((c) => c.id === 'dina-thuisgehouden')!;
  await page.goto(`/${dina.beroepsgroep}/casussen/${dina.id}/leertafel/`);
  await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
  // Along the expert route with "next" (reveal, then take) to the conversation with Dina.
  for (let id = dina.start; id !== 'gesprek-dina';) {
    await page.getByRole('button', { name: ui['leertafel.next'], exact: true }).click();
    await page.getByRole('button', { name: ui['leertafel.next'], exact: true }).click();
    id = dinaNode(id).choices!.find((c) => c.verdict === 'goed')!.next;
    await expect(heading(page)).toHaveText(dinaNode(id).title);
  }
  const wrong = dinaNode('gesprek-dina').choices!.find((c) => c.id === 'met-ouders')!;
  await page.getByRole('button', { name: new RegExp(`: ${wrong.label}$`) }).click();
  await expect(heading(page)).toHaveText(consequence.title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(ui['leertafel.consequence'], { exact: true })).toBeVisible();
  await expect(page.getByText(nl.discussion.gevolg)).toBeVisible();
  await expect(reveal(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'leertafel: consequence');
  await page.getByRole('button', { name: ui['leertafel.backToChoice'] }).click();
  await expect(heading(page)).toHaveText(dinaNode(consequence.next).title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole('button', { name: new RegExp(`: ${wrong.label}$`) })).toHaveCount(0);
  // The handout says what happens after that wrong choice.
  await page.goto(`/${dina.beroepsgroep}/casussen/${dina.id}/handout/`);
  await expect(page.locator('.handout-consequence').first()).toContainText(consequence.title);
  await expectNoAxeViolations(page, 'handout with consequences');
});

test('at 1366×768 the presenter key brings the revealed expert answer into view, also with reduced motion', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion });
    await page.goto(leertafelPath);
    await expect(page.locator('#leertafel')).not.toHaveAttribute('data-ssr');
    const answer = page.locator('#leertafel-antwoord');
    await page.keyboard.press('ArrowRight');
    await expect(reveal(page)).toHaveAttribute('aria-expanded', 'true');
    // The whole answer on screen (it fits at this size), so the projector shows what changed.
    await expect(answer).toBeInViewport({ ratio: 1 });
    // On to the next moment and reveal again: in view again.
    await page.keyboard.press('ArrowRight');
    await atMoment(page, expertOf(rob.start).next);
    await page.keyboard.press('ArrowRight');
    await expect(answer).toBeInViewport({ ratio: 1 });
  }
});
