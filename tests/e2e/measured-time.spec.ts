import { expect, test } from '@playwright/test';
import { storedText } from './progress-fixtures.ts';

// Active time on a lesson page, on Playwright's fake clock: counted while the learner is active,
// capped after 3 minutes without input, stopped while the page is hidden, saved as whole seconds.
const lesson = { path: '/basis/afwegingskader/', key: 'basis/afwegingskader' };

const storedSeconds = async (page: import('@playwright/test').Page) =>
  (JSON.parse((await storedText(page)) ?? '{}') as { time?: { lessons?: Record<string, number> } }).time
    ?.lessons?.[lesson.key];

test('a lesson page keeps the active time: input keeps it going, an idle hour counts 3 minutes', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(lesson.path);
  await page.clock.runFor(2_000);
  // The page's script counts from the start; what saves loads at the first input or save.
  await expect(page.locator('[data-lesson-time][data-counting]')).toHaveCount(1);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Shift'); // a key that does not scroll: a smooth scroll would go on in real time
    await page.clock.runFor(20_000);
  }
  // 2 s + 80 s active so far; the save every 30 s has written it.
  await expect.poll(() => storedSeconds(page)).toBeGreaterThanOrEqual(60);
  // An hour without input: counts 3 minutes after the last key (at 62 s), not more: 242 s from the
  // start, less the moment the page took to run its script.
  await page.clock.runFor(3_600_000);
  await expect.poll(async () => (await storedSeconds(page)) ?? 0).toBeGreaterThanOrEqual(239);
  expect(await storedSeconds(page)).toBeLessThanOrEqual(242);
});

test('a case attempt keeps its active time, from reading the first moment on', async ({ page }) => {
  await page.clock.install();
  await page.goto('/onderwijs/casussen/daan-blauwe-plekken/');
  await page.clock.runFor(1_000);
  const first = page.locator('.player .player-choices').getByRole('button').first();
  await expect(first).toBeVisible();
  // Reading the first moment for 40 s (a key now and then), then the first choice makes the attempt.
  await page.keyboard.press('Shift');
  await page.clock.runFor(40_000);
  await first.click();
  await page.clock.runFor(31_000); // the next save
  const stored = async () => {
    const record = JSON.parse((await storedText(page)) ?? '{}') as {
      attempts?: { caseId: string }[];
      time?: { attempts?: Record<string, number> };
    };
    return { attempts: record.attempts?.length ?? 0, times: Object.values(record.time?.attempts ?? {}) };
  };
  await expect.poll(async () => (await stored()).times.length).toBe(1);
  const { attempts, times } = await stored();
  expect(attempts).toBe(1);
  expect(times[0]).toBeGreaterThanOrEqual(60);
  expect(times[0]).toBeLessThanOrEqual(73);
});
