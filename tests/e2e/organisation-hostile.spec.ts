import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui.ts';
import { batchBytes, HOSTILE_REASONS, hostileBatch } from '../fixtures/certificates/hostile-batch.ts';
import { INVALID_FIXTURES } from './certificate-helpers.ts';
import { launchOptions } from './chromium-launch.ts';

// A hostile batch on /organisatie/ in a Chromium whose JavaScript heaps are held to 512 MB, as the
// issue asks: zip bombs, PDFs of many objects, a file too large, deeply nested and key-heavy JSON, a
// cut-off PDF, tampered and valid certificates, made in memory (hostile-batch.ts). Every file gets its
// row with its verdict and reason; none is lost or left "not checked".
test.use({
  launchOptions: { ...launchOptions, args: [...launchOptions.args, '--js-flags=--max-old-space-size=512'] },
});

const COUNTS = { valid: 20, tampered: 6, hostile: 2 * HOSTILE_REASONS.length };
const TAMPERED: Record<string, string> = Object.fromEntries(INVALID_FIXTURES);

/** The start of the reason for a file of the batch, from its name; undefined for a valid one. */
function expectedReason(file: string): string | undefined {
  if (file.startsWith('geldig-')) return undefined;
  const kind = file.replace(/^\d+-/, '');
  return TAMPERED[kind] ?? HOSTILE_REASONS.find(([name]) => name === kind)?.[1];
}

test('a hostile batch under a 512 MB heap: every file has its row and verdict', async ({ page }) => {
  const files = hostileBatch(COUNTS);
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  // The flag holds: the page's heap is 512 MB of old space and V8's young generation (608 MB in all;
  // without the flag it is about 4 GB).
  const limit = await page.evaluate(
    () => (performance as unknown as { memory: { jsHeapSizeLimit: number } }).memory.jsHeapSizeLimit,
  );
  expect(limit).toBeLessThanOrEqual(640 * 1024 * 1024);

  await page.getByLabel(ui['organisation.pick']).setInputFiles(
    files.map((file) => ({
      name: file.name,
      mimeType: file.name.endsWith('.pdf') ? 'application/pdf' : 'application/json',
      buffer: Buffer.from(batchBytes(file)),
    })),
  );
  const invalid = files.length - COUNTS.valid;
  await expect(page.getByRole('status').filter({ hasText: /^Klaar:/ })).toHaveText(
    `Klaar: ${files.length} bestanden gecontroleerd. Klopt: ${COUNTS.valid}. Klopt niet: ${invalid}.`,
  );
  const rows = await page
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        file: tr.querySelector('.file-cell')!.textContent!,
        verdict: tr.querySelector('.status-cell strong')!.textContent!,
        reason: tr.querySelector('.status-cell .reason')!.textContent!,
      })),
    );
  expect(rows.map((row) => row.file).sort()).toEqual(files.map((file) => file.name).sort());
  for (const { file, verdict, reason } of rows) {
    const expected = expectedReason(file);
    expect(verdict, file).toBe(expected === undefined ? 'klopt' : 'klopt niet');
    if (expected !== undefined) expect(reason, file).toContain(expected);
  }
});
