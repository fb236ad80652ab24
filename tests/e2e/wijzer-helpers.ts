import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a wijzer page and waits until the island has hydrated (Astro then drops `ssr`). */
export async function openWijzer(page: Page, path = '/onderwijs/wijzer/') {
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
}

/** Moves the focus with Tab (and Shift+Tab if needed) until it is on `target`: proof it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`${target} cannot be reached with the keyboard`);
}

/** Presses a button with the keyboard. */
export async function press(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Ticks a checkbox with the keyboard. */
export async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/** Chooses a radio button with the keyboard: Tab into its group (onto the checked one, if any), then arrow keys. */
export async function choose(page: Page, group: Locator, radio: Locator) {
  const checked = group.locator('input[type=radio]:checked');
  await tabTo(page, (await checked.count()) > 0 ? checked : group.getByRole('radio').first());
  for (let i = 0; i < 12 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}
