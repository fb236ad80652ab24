import { expect, test, type Page } from '@playwright/test';
import { nl } from '../../modules/strings/nl.ts';
import { ui } from '../../src/i18n/ui.ts';
import { expectNoAxeViolations } from './axe.ts';
import { choose, openWijzer, press, tabTo, tick } from './wijzer-helpers.ts';

// Keyboard-only runs move the focus one Tab at a time and scan with axe in each state: on a busy
// two-core machine that takes longer than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const wijzer = (page: Page) => page.locator('.wijzer');
const button = (page: Page, name: string) => wijzer(page).getByRole('button', { name, exact: true });
const heading = (page: Page, name: string) => wijzer(page).getByRole('heading', { level: 2, name });
const alert = (page: Page) => wijzer(page).getByRole('alert');

test('a professional walks the stappenplan by keyboard, is stopped where the meldcode stops, and gets a dated summary; no axe violations in any state', async ({
  page,
}) => {
  await openWijzer(page);
  await expectNoAxeViolations(page); // start

  await choose(
    page,
    wijzer(page).getByRole('group', { name: ui['wijzer.start.client'] }),
    page.getByRole('radio', { name: ui['wijzer.start.volwassene'] }),
  );
  await press(page, button(page, ui['wijzer.start.begin']));
  await expect(heading(page, ui['wijzer.steps.heading'])).toBeFocused();

  // Straight to afweging 1: the meldcode refuses at once, and the steps stay on screen.
  await press(page, button(page, ui['wijzer.steps.next']));
  await expect(alert(page)).toContainText(ui['wijzer.refused']);
  await expect(alert(page)).toContainText(
    'Afweging 1 komt na stap 1 tot en met 3; nog open: stap 1: signalen vastleggen',
  );
  await expect(heading(page, ui['wijzer.steps.heading'])).toBeVisible();
  await expect(heading(page, nl.phase['stap-4'])).toHaveCount(0);
  await expectNoAxeViolations(page); // refused, with the explanation

  await tick(page, page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] }));
  await choose(
    page,
    page.getByRole('group', { name: ui['wijzer.steps.kindcheck'] }),
    page.getByRole('radio', { name: ui['wijzer.steps.kindcheck.geen-zorgen'] }),
  );
  await tick(page, page.getByRole('checkbox', { name: 'De aandachtsfunctionaris' }));
  const gesprek = page.getByRole('group', { name: ui['wijzer.steps.gesprek'] });
  await choose(page, gesprek, gesprek.getByRole('radio', { name: /een andere reden/ }));
  await press(page, button(page, ui['wijzer.steps.next']));
  await expect(alert(page)).toContainText(nl.refusal.gesprekReden);
  await choose(
    page,
    gesprek,
    gesprek.getByRole('radio', { name: ui['wijzer.steps.gesprek.gevoerd'], exact: true }),
  );
  await press(page, button(page, ui['wijzer.steps.next']));

  // The afwegingen, in the words of Onderwijs.
  await expect(
    wijzer(page).getByText('“Heb ik op basis van stap 1 tot en met 3 een vermoeden'),
  ).toBeVisible();
  await press(page, button(page, ui['wijzer.answer.ja']));
  // A routine answer is a status message, said politely; an alert is kept for a refusal.
  await expect(wijzer(page).locator('.wijzer-notice[role=status]')).toHaveText(
    'Afweging 1: ja. Uitkomst: door naar afweging 2.',
  );
  await expect(alert(page)).toHaveText('');
  await expect(wijzer(page).getByRole('heading', { level: 3, name: nl.phase['afweging-2'] })).toBeVisible();
  // A routine answer does not move focus: it stays on the answer buttons, now those of afweging 2.
  await expect(heading(page, nl.phase['stap-4'])).not.toBeFocused();
  await expect(
    wijzer(page)
      .getByRole('group', { name: nl.phase['afweging-2'] })
      .getByRole('button', { name: ui['wijzer.answer.ja'], exact: true }),
  ).toBeFocused();
  await expectNoAxeViolations(page); // mid-way
  await press(page, button(page, ui['wijzer.answer.nee']));
  // Each answer redraws the question: wait for the next one before the keyboard goes on.
  await expect(wijzer(page).getByRole('heading', { level: 3, name: nl.phase['afweging-3'] })).toBeVisible();
  await press(page, button(page, ui['wijzer.answer.ja'])); // afweging 3
  await expect(
    wijzer(page).getByText('“Aanvaarden de betrokkenen de hulp, en willen ze zich daarvoor inzetten?”'),
  ).toBeVisible();
  await press(page, button(page, ui['wijzer.answer.ja'])); // afweging 4
  await expect(heading(page, 'Hulp bieden of organiseren en de effecten volgen')).toBeFocused();

  // Afweging 5 before the help ran: refused, in words for a professional.
  await press(page, button(page, ui['wijzer.answer.nee']));
  await expect(alert(page)).toContainText(nl.refusal.afweging5VoorHulp);
  await expectNoAxeViolations(page);
  await press(page, button(page, ui['wijzer.hulp.done']));
  await press(page, button(page, ui['wijzer.answer.nee'])); // afweging 5: nee → melden
  await expect(heading(page, 'Melden bij Veilig Thuis')).toBeFocused();
  await press(page, button(page, ui['wijzer.melden.done']));

  const summary = wijzer(page).getByRole('region', { name: nl.wijzer.title });
  await expect(summary.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(summary.getByText(/^Gemaakt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/)).toBeVisible();
  for (const line of [
    'Beroepsgroep: Onderwijs',
    'Zorgen over: een volwassene',
    'Kindcheck: geen zorgen over kinderen.',
    'Stap 2: overlegd met de aandachtsfunctionaris.',
    'Stap 3: gesprek gevoerd.',
    'De hulp is gestart en de effecten zijn gevolgd.',
    'Afweging 5: Leidt de hulp binnen de afgesproken tijd tot de nodige veiligheid en het welzijn van iedereen? Antwoord: nee. Uitkomst: (opnieuw) melden bij Veilig Thuis.',
    'Gemeld bij Veilig Thuis. De eigen hulp gaat door.',
  ])
    await expect(summary.getByText(line, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page); // summary
});

test('the start screen comes without the code for a situation; "Begin" pressed before that code is there begins once it has loaded', async ({
  page,
}) => {
  const requested: string[] = [];
  let hold = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/wijzer-later\.[^/]+\.js$/, async (route) => {
    requested.push(route.request().url());
    if (hold) await held;
    await route.continue();
  });
  await openWijzer(page);
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);

  // The code is slow to come: "Begin" waits for it, then the steps open with the focus on their heading.
  hold = true;
  await button(page, ui['wijzer.start.begin']).click();
  await expect.poll(() => requested.length).toBe(1);
  await expect(heading(page, ui['wijzer.start.heading'])).toBeVisible();
  release();
  await expect(heading(page, ui['wijzer.steps.heading'])).toBeFocused();
});

test('what is chosen on the start screen before the wijzer has woken counts when "Begin" is pressed', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Wijzer\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/wijzer/', { waitUntil: 'commit' });
  await page.getByRole('radio', { name: ui['wijzer.start.volwassene'] }).check();
  release();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(page.getByRole('radio', { name: ui['wijzer.start.volwassene'] })).toBeChecked();
  await button(page, ui['wijzer.start.begin']).click();
  // Only about an adult does the wijzer ask about the children in their care (the kindcheck).
  await expect(page.getByRole('group', { name: ui['wijzer.steps.kindcheck'] })).toBeVisible();
});

test('acute danger: act at once from the first screen, once a reason is chosen', async ({ page }) => {
  await openWijzer(page, '/kinderopvang/wijzer/');
  await press(page, button(page, ui['wijzer.start.begin']));
  await tabTo(page, wijzer(page).getByText(ui['wijzer.acuut.summary']));
  await page.keyboard.press('Enter');
  await press(page, button(page, ui['wijzer.acuut.act']));
  await expect(alert(page)).toContainText(nl.refusal.acuteReden);
  const reasons = wijzer(page).getByRole('group', { name: ui['wijzer.acuut.reason'] });
  await choose(page, reasons, reasons.getByRole('radio', { name: /een onthulling/i }));
  await expectNoAxeViolations(page);
  await press(page, button(page, ui['wijzer.acuut.act']));
  const summary = wijzer(page).getByRole('region', { name: nl.wijzer.title });
  await expect(
    summary.getByText(`Acuut gevaar: ${nl.acuteReason.onthulling}. Direct gehandeld.`),
  ).toBeVisible();
  await expect(summary.getByText(nl.wijzer.end.gemeld)).toBeVisible();
});

test('on /wijzer/ the professional chooses a beroepsgroep and reads its own afwegingen', async ({ page }) => {
  await openWijzer(page, '/wijzer/');
  await wijzer(page)
    .getByLabel(ui['wijzer.start.group'])
    .selectOption({ label: 'Artsen (huisarts, medisch specialist en tandarts)' });
  await press(page, button(page, ui['wijzer.start.begin']));
  // The steps come once their code has loaded, with the focus on their heading: then the keyboard goes on.
  await expect(heading(page, ui['wijzer.steps.heading'])).toBeFocused();
  await tick(page, page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] }));
  await tick(page, page.getByRole('checkbox', { name: 'Een collega' }));
  const gesprek = page.getByRole('group', { name: ui['wijzer.steps.gesprek'] });
  await choose(
    page,
    gesprek,
    gesprek.getByRole('radio', { name: ui['wijzer.steps.gesprek.gevoerd'], exact: true }),
  );
  await press(page, button(page, ui['wijzer.steps.next']));
  await press(page, button(page, ui['wijzer.answer.ja']));
  await press(page, button(page, ui['wijzer.answer.nee']));
  await expect(wijzer(page).getByText('“Kan ik effectieve hulp bieden of organiseren?”')).toBeVisible();
});

test('the only free text is a note, and it says not to write names', async ({ page }) => {
  await openWijzer(page);
  await press(page, button(page, ui['wijzer.start.begin']));
  await expect(wijzer(page).locator('input:not([type=checkbox]):not([type=radio]), textarea')).toHaveCount(0);
  await press(page, button(page, ui['wijzer.summary.show']));
  const note = wijzer(page).getByRole('textbox');
  await expect(note).toHaveCount(1);
  await expect(note).toHaveAccessibleName(ui['wijzer.note.label']);
  await expect(note).toHaveAccessibleDescription(ui['wijzer.note.hint']);
  await expect(page.getByText(ui['wijzer.privacy'])).toBeVisible();
  await expect(page.getByText(ui['wijzer.support'])).toBeVisible();
});

test.describe('copying the summary', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the dated summary on the clipboard', async ({ page }) => {
    await openWijzer(page);
    await press(page, button(page, ui['wijzer.start.begin']));
    await press(page, button(page, ui['wijzer.summary.show']));
    await press(page, button(page, ui['wijzer.copy']));
    await expect(wijzer(page).getByText(ui['wijzer.copied'])).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Samenvatting meldcode\nGemaakt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}\n/);
    expect(copied).toContain('Beroepsgroep: Onderwijs');
  });
});

test('without the clipboard API, the summary is offered as selected text to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('nee')) },
    });
  });
  await openWijzer(page);
  await press(page, button(page, ui['wijzer.start.begin']));
  await press(page, button(page, ui['wijzer.summary.show']));
  await press(page, button(page, ui['wijzer.copy']));
  await expect(wijzer(page).getByText(ui['wijzer.copy.fallback'])).toBeVisible();
  const text = wijzer(page).getByLabel(ui['wijzer.copy.fallbackLabel']);
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(/^Samenvatting meldcode\n/);
  expect(
    await text.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
  ).toBeGreaterThan(100);
});

test('printing shows only the summary', async ({ page }) => {
  await openWijzer(page);
  await press(page, button(page, ui['wijzer.start.begin']));
  await press(page, button(page, ui['wijzer.summary.show']));
  await page.emulateMedia({ media: 'print' });
  await expect(wijzer(page).getByRole('region', { name: nl.wijzer.title })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(button(page, ui['wijzer.restart'])).toBeHidden();
});

test('stores nothing until asked, keeps the situation on this device when asked, and deletes it', async ({
  page,
}) => {
  const stored = () => page.evaluate(() => ({ ...localStorage }));
  await openWijzer(page);
  await press(page, button(page, ui['wijzer.start.begin']));
  await tick(page, page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] }));
  await press(page, button(page, ui['wijzer.steps.next']));
  expect(await stored()).toEqual({});

  // What is in storage at the very moment "Bewaard" appears: announcing before writing is a race.
  await page.evaluate((saved) => {
    const seen = new MutationObserver(() => {
      if (!document.body.textContent?.includes(saved)) return;
      document.body.dataset['storedWhenSaidSaved'] = Object.keys(localStorage).join(',');
      seen.disconnect();
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, ui['wijzer.saved']);
  await press(page, button(page, ui['wijzer.save']));
  await expect(wijzer(page).getByText(ui['wijzer.saved'])).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-stored-when-said-saved', 'meldcode:wijzer');
  expect(Object.keys(await stored())).toEqual(['meldcode:wijzer']);

  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(wijzer(page).getByText(/^Je bewaarde situatie van .+ is geopend\.$/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] })).toBeChecked();

  await press(page, button(page, ui['wijzer.delete']));
  await expect(wijzer(page).getByText(ui['wijzer.deleted'])).toBeVisible();
  expect(await stored()).toEqual({});
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(
    wijzer(page).getByRole('heading', { level: 2, name: ui['wijzer.start.heading'] }),
  ).toBeVisible();
});

test('own help beside the report is not ticked for you when the family refused help or none is possible; after afweging 2 ja it is', async ({
  page,
}) => {
  /** Steps 1–3 done, then the afwegingen answered with the mouse, up to the report. */
  async function toMelden(answers: ('ja' | 'nee')[]) {
    await openWijzer(page);
    await page.getByRole('radio', { name: ui['wijzer.start.volwassene'] }).check();
    await button(page, ui['wijzer.start.begin']).click();
    await page.getByRole('checkbox', { name: ui['wijzer.steps.signalen'] }).check();
    await page.getByRole('radio', { name: ui['wijzer.steps.kindcheck.geen-zorgen'] }).check();
    await page.getByRole('checkbox', { name: 'De aandachtsfunctionaris' }).check();
    await page.getByRole('radio', { name: ui['wijzer.steps.gesprek.gevoerd'], exact: true }).check();
    await button(page, ui['wijzer.steps.next']).click();
    for (const [i, answer] of answers.entries()) {
      await expect(
        wijzer(page).getByRole('heading', { level: 3, name: nl.phase[`afweging-${i + 1}` as 'afweging-1'] }),
      ).toBeVisible();
      await button(page, ui[`wijzer.answer.${answer}`]).click();
    }
    await expect(heading(page, 'Melden bij Veilig Thuis')).toBeVisible();
    return page.getByRole('checkbox', { name: ui['wijzer.melden.hulp'] });
  }
  await expect(await toMelden(['ja', 'nee', 'ja', 'nee'])).not.toBeChecked(); // help refused
  await expect(await toMelden(['ja', 'nee', 'nee'])).not.toBeChecked(); // no help possible
  const afterJa = await toMelden(['ja', 'ja']);
  await expect(afterJa).toBeChecked();
  await afterJa.uncheck();
  await button(page, ui['wijzer.melden.done']).click();
  await expect(wijzer(page).getByText(nl.wijzer.gemeld, { exact: true })).toBeVisible();
});
