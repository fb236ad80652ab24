import { expect, test } from '@playwright/test';
import { DEFAULT_CONTACT } from '../../modules/page/contact-address.ts';
import { expectNoAxeViolations } from './axe.ts';

// /over/ tells how to report an accessibility problem: an e-mail address set at build
// (MELDCODE_CONTACT, here the default), in plain Dutch. English terms in a lesson carry lang="en".

test('"Een probleem melden" on /over/ gives an e-mail address to write to', async ({ page }) => {
  await page.goto('/over/');
  const heading = page.getByRole('heading', { level: 3, name: 'Een probleem melden' });
  await expect(heading).toBeVisible();
  const section = page.locator('h3:has-text("Een probleem melden") + p');
  const mail = section.getByRole('link', { name: DEFAULT_CONTACT });
  await expect(mail).toHaveAttribute('href', `mailto:${DEFAULT_CONTACT}`);
  await expect(section).not.toContainText(/issue|repository/i);
  await expectNoAxeViolations(page);
});

test('English terms in a lesson are marked as English', async ({ page }) => {
  await page.goto('/jeugdgezondheidszorg/letsel-en-schudden/');
  const english = page.locator('main [lang="en"]');
  await expect(english.filter({ hasText: 'Abusive Head Trauma' })).toHaveCount(1);
  await expect(english.filter({ hasText: 'shaken baby' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
