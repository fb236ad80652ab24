import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { format, ui } from '../../src/i18n/ui.ts';
import {
  FIXTURES,
  INVALID_FIXTURES,
  MODULE,
  playLastCase,
  storeAllButLastCase,
} from './certificate-helpers.ts';
import { expectNoAxeViolations } from './axe.ts';
import { readCertificatePdf } from '../../modules/certificate/read-certificate-pdf.ts';

// A learner finishes a module (the last case played in the player), makes a certificate and downloads
// it; an organisation checks it with the invalid fixtures on /organisatie/, sorts, filters and exports.

test.describe.configure({ timeout: 180_000 });
const HOSTILE = '<img src=x onerror=alert(1)>';

async function saved(download: Download, name: string, dir: string): Promise<string> {
  const path = `${dir}/${name}`;
  await download.saveAs(path);
  return path;
}

/** Waits until the organisation page has checked every file (its live region says so). */
async function checked(page: Page, total: number) {
  await expect(page.getByRole('status').filter({ hasText: /^Klaar:/ })).toContainText(
    `Klaar: ${total} bestanden gecontroleerd`,
  );
}

test('finish a module, make and download a certificate, check it on the organisation page', async ({
  page,
}, info) => {
  page.on('dialog', () => {
    throw new Error('a name was run as HTML');
  });
  await storeAllButLastCase(page);
  await page.goto(`/${MODULE}/certificaat/`);
  const section = page.getByRole('region', { name: ui['certificate.heading'] });
  await section.scrollIntoViewIfNeeded(); // the island wakes when it comes into view (client:visible)
  await expect(section).toContainText(ui['certificate.notYet']);
  await expect(section).toContainText('Blauwe plekken bij Daan');
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await playLastCase(page);
  await page.goto(`/${MODULE}/certificaat/`);
  await section.scrollIntoViewIfNeeded();
  const name = section.getByRole('textbox', { name: ui['certificate.name'] });
  await expect(name).toBeVisible();
  await expectNoAxeViolations(page);

  // Without a name: a Dutch error tied to the field, and focus on it.
  await section.getByRole('button', { name: ui['certificate.submit'] }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Vul je naam in: die komt op het bewijs\./);
  await expectNoAxeViolations(page);

  await name.fill(HOSTILE);
  await section.getByRole('textbox', { name: ui['certificate.organisation'] }).fill('OBS De Regenboog');
  await section.getByRole('textbox', { name: ui['certificate.registration'] }).fill('SKJ 110012345');
  await section.getByRole('button', { name: ui['certificate.submit'] }).click();
  const ready = page.getByRole('heading', { name: ui['certificate.ready'] });
  await expect(ready).toBeFocused();
  await expect(section).toContainText(/Controlecode: [0-9A-Z]{5}-[0-9A-Z]{5}/);
  await expect(name).not.toHaveAttribute('aria-invalid');
  await expectNoAxeViolations(page);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('onerror');

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: ui['certificate.downloadPdf'] }).click(),
  ]);
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: ui['certificate.downloadJson'] }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/^bewijs-van-deelname-onderwijs-\d{4}-\d\d-\d\d\.pdf$/);
  const dir = info.outputPath();
  const pdf = await saved(pdfDownload, pdfDownload.suggestedFilename(), dir);
  const json = await saved(jsonDownload, jsonDownload.suggestedFilename(), dir);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const record = JSON.parse(readFileSync(json, 'utf8')) as { learner: { name: string } };
  expect(record.learner).toEqual({
    name: HOSTILE,
    organisation: 'OBS De Regenboog',
    registration: 'SKJ 110012345',
  });

  await page.goto('/organisatie/');
  await expect(
    page.getByRole('heading', { level: 2, name: ui['organisation.private.heading'] }),
  ).toBeVisible();
  // What "klopt" checks, what it does not prove, and when to use the LMS package instead.
  for (const heading of [
    'organisation.checks.heading',
    'organisation.notProven.heading',
    'organisation.lms.heading',
  ] as const)
    await expect(page.getByRole('heading', { level: 2, name: ui[heading] })).toBeVisible();
  await expect(page.locator('main')).toContainText(ui['organisation.lms']);
  await expectNoAxeViolations(page);
  const files = [pdf, json, ...INVALID_FIXTURES.map(([file]) => `${FIXTURES}${file}`)];
  await page.getByLabel(ui['organisation.pick']).setInputFiles(files);
  await checked(page, files.length);
  await expect(page.getByRole('status').filter({ hasText: /^Klaar:/ })).toHaveText(
    format(ui['organisation.finished'], {
      total: files.length,
      valid: 2,
      invalid: INVALID_FIXTURES.length,
    }),
  );
  const table = page.getByRole('table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(files.length);
  await expectNoAxeViolations(page);

  // The learner's two files: valid, flagged as the same certificate, the name shown as text.
  const mine = rows.filter({ hasText: HOSTILE });
  await expect(mine).toHaveCount(2);
  // "klopt" with what was checked; the tries, the verification code and the edition in their columns.
  await expect(mine.first().locator('.status-cell')).toHaveText(
    'kloptDe keuzes halen de norm en het bestand is niet veranderd.',
  );
  await expect(mine.first()).toContainText(/casussen: \d+ keer geprobeerd/);
  await expect(mine.first()).toContainText(/[0-9A-Z]{5}-[0-9A-Z]{5}versie [0-9a-f]{12}/);
  await expect(mine.first()).toContainText('Dubbel');
  await expect(table.locator('img')).toHaveCount(0);
  for (const [file, reason] of INVALID_FIXTURES) {
    const row = rows.filter({ hasText: file });
    await expect(row.locator('.status-cell strong')).toHaveText('klopt niet');
    await expect(row).toContainText(reason);
  }

  // Sort on the status column, then the other way round.
  const statusHeader = table.getByRole('columnheader', { name: ui['organisation.col.status'] });
  await statusHeader.getByRole('button').click();
  await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText(HOSTILE);
  await statusHeader.getByRole('button').click();
  await expect(statusHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).not.toContainText(HOSTILE);

  // Filter: only valid, then text.
  await page.getByLabel(ui['organisation.filter.status']).selectOption('geldig');
  await expect(rows).toHaveCount(2);
  await page.getByLabel(ui['organisation.filter.status']).selectOption('alle');
  await page.getByLabel(ui['organisation.filter.text']).fill('zipbom');
  await expect(rows).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByLabel(ui['organisation.filter.text']).fill('');

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ui['organisation.export'] }).click(),
  ]);
  const csv = readFileSync(await saved(csvDownload, 'register.csv', dir), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(files.length + 1);
  expect(lines[0]).toMatch(
    /^Naam;Organisatie;Registratienummer;Beroepsgroep;Module;Versie van de module;Datum;/,
  );
  const learnerLine = lines.find((line) => line.startsWith(HOSTILE))!;
  expect(learnerLine).toMatch(
    /^<img src=x onerror=alert\(1\)>;OBS De Regenboog;SKJ 110012345;onderwijs;Onderwijs;versie [0-9a-f]{12};\d\d-\d\d-\d{4};/,
  );
  expect(learnerLine).toContain(';Klopt: de keuzes halen de norm en het bestand is niet veranderd.;');
});

test('keyboard only: pick files, sort and filter the table', async ({ page }) => {
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  // Listen first: Playwright turns on catching the file dialog when a listener is added, and does not
  // wait for Chromium to confirm it. A key pressed in the same instant can open an uncaught dialog.
  const chooserOpened = page.waitForEvent('filechooser');
  const input = page.getByLabel(ui['organisation.pick']);
  for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  await chooser.setFiles(
    ['geldig.json', 'geldig-formule-in-naam.json', 'kapot.pdf'].map((f) => `${FIXTURES}${f}`),
  );
  await checked(page, 3);
  await page.keyboard.press('Tab'); // the search box
  await expect(page.getByLabel(ui['organisation.filter.text'])).toBeFocused();
  await page.keyboard.press('Tab'); // the status choice
  await expect(page.getByLabel(ui['organisation.filter.status'])).toBeFocused();
  await page.keyboard.press('Tab'); // export
  await expect(page.getByRole('button', { name: ui['organisation.export'] })).toBeFocused();
  await page.keyboard.press('Tab'); // the scrolling table region
  await page.keyboard.press('Tab'); // the first sort button
  const nameHeader = page.getByRole('columnheader', { name: ui['organisation.col.name'] });
  await expect(nameHeader.getByRole('button')).toBeFocused();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(nameHeader.getByRole('button')).toBeFocused();
  // The formula in a name is shown as it is, as text.
  await expect(page.getByRole('table')).toContainText('=HYPERLINK(');
});

test('files picked before the page has woken are still checked', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/OrganisationCheck*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/organisatie/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel(ui['organisation.pick']).setInputFiles([`${FIXTURES}geldig.json`]);
  await expect(page.locator('astro-island')).toHaveAttribute('ssr');
  release();
  await checked(page, 1);
});

test('a file of 1 MB or more is refused from its size, unread', async ({ page }) => {
  await page.goto('/organisatie/');
  await page
    .getByLabel(ui['organisation.pick'])
    .setInputFiles([
      { name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024 * 1024, 0x20) },
    ]);
  await checked(page, 1);
  await expect(page.getByRole('table')).toContainText('bestanden vanaf 1 MB worden niet gelezen');
});

test('a verify worker that dies is replaced: the files it held are not checked, the batch finishes', async ({
  page,
}) => {
  // The first verify worker dies once it holds files (an error event, as when it crashes); the others run.
  await page.addInitScript(() => {
    const Real = window.Worker;
    let created = 0;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        (window as unknown as { workers: number }).workers = ++created;
        if (created > 1) return;
        const post = this.postMessage.bind(this) as (message: unknown) => void;
        this.postMessage = (message: unknown) => {
          post(message);
          if ((message as { type?: string }).type !== 'files') return;
          // Stopped at once, so it cannot answer first (a fast worker on a busy page did); the error
          // event comes a task later, as a crash's does.
          this.terminate();
          setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'kapot' })));
        };
      }
    };
  });
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  const json = readFileSync(`${FIXTURES}geldig.json`);
  const files = Array.from({ length: 40 }, (_, i) => ({
    name: `bewijs-${i}.json`,
    mimeType: 'application/json',
    buffer: json,
  }));
  await page.getByLabel(ui['organisation.pick']).setInputFiles(files);
  await checked(page, files.length);
  expect(await page.evaluate(() => (window as unknown as { workers: number }).workers)).toBeGreaterThan(1);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(files.length);
  const lost = await rows.filter({ hasText: ui['organisation.notChecked.error'] }).count();
  expect(lost).toBeGreaterThan(0);
  expect(lost).toBeLessThan(files.length);
});

for (const { script, name: learnerName, fonts } of [
  {
    script: 'a Greek name',
    name: 'Γιώργος Παπαδόπουλος',
    // Noto Sans regular and bold for all text (PDF/A: every font embedded); no font for another script.
    fonts: ['NotoSans_400Regular', 'NotoSans_700Bold', 'fontkit'],
  },
  {
    script: 'an Arabic and Chinese name',
    name: 'أمل حسن 李明',
    // Noto Sans Arabic and SC for the name's scripts, not Noto Sans KR (no Hangul in it).
    fonts: [
      'NotoSansArabic_700Bold',
      'NotoSansSC_700Bold',
      'NotoSans_400Regular',
      'NotoSans_700Bold',
      'fontkit',
    ],
  },
])
  test(`${script}: fontkit and the fonts it needs load only on the button, and the PDF (PDF/A) prints the name`, async ({
    page,
  }, info) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    const wide = (path: string) => /\/(fontkit\.[^/]*\.js|NotoSans[A-Za-z]*_[^/]*\.ttf)$/.test(path);
    await storeAllButLastCase(page);
    await playLastCase(page);
    await page.goto(`/${MODULE}/certificaat/`);
    const section = page.getByRole('region', { name: ui['certificate.heading'] });
    await section.scrollIntoViewIfNeeded();
    const name = section.getByRole('textbox', { name: ui['certificate.name'] });
    await expect(name).toBeVisible();
    expect(loaded.filter(wide)).toEqual([]);

    await name.fill(learnerName);
    await section.getByRole('button', { name: ui['certificate.submit'] }).click();
    await expect(page.getByRole('heading', { name: ui['certificate.ready'] })).toBeFocused();
    expect(
      loaded
        .filter(wide)
        .map((path) => path.replace(/^.*\/([^/.]+)\..*$/, '$1'))
        .sort(),
    ).toEqual(fonts.sort());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: ui['certificate.downloadPdf'] }).click(),
    ]);
    const pdf = new Uint8Array(
      readFileSync(await saved(download, download.suggestedFilename(), info.outputPath())),
    );
    const read = await readCertificatePdf(pdf);
    expect(read.ok && read.printed.name).toBe(learnerName);
    expect(new TextDecoder('latin1').decode(pdf)).toContain('<pdfaid:part>3</pdfaid:part>');
  });
