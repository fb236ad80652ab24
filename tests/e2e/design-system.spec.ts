import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator } from '@playwright/test';
import { expectAlert, look } from './design-system-look.ts';
import postcss from 'postcss';
import { htmlAssets, lazyStylesheets, readAsset, withImports } from '../../src/integrations/page-assets.ts';
import { ui } from '../../src/i18n/ui.ts';
import { FIXTURES } from './certificate-helpers.ts';
import { openCheck } from './progress-fixtures.ts';
import { openWijzer } from './wijzer-helpers.ts';

// The controls are the NL Design System's (@utrecht/*-css, issue 21), themed with our tokens: the built
// CSS has their rules and no hand-written rules for bare controls beside them, it ships no variant the
// markup does not use, every button on a page is one of theirs, and a primary action looks different
// from a secondary one in light and dark mode. Tables and message boxes (alerts) are theirs too: every
// table we render or write in Markdown, and every notice that is shown as a box.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const src = fileURLToPath(new URL('../../src/', import.meta.url));
/** Our markup: the islands, components, layouts and pages. */
const sourceFiles = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.(tsx|astro)$/.test(f),
);
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
/** Every style sheet of the build: the files in _astro/ and the <style> elements in the pages. */
const sheets = [
  ...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, f), 'utf8')),
  ...files
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)])
    .map((m) => m[1]!),
];
const selectors = [
  ...new Set(
    sheets.flatMap((css) => {
      const found: string[] = [];
      postcss.parse(css).walkRules((rule) => {
        // The selectors of keyframes (from, 50%) are no element selectors.
        if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name: string }).name))
          return;
        found.push(...rule.selectors);
      });
      return found;
    }),
  ),
];

test('the built CSS has the design system rules for the controls, and only the variants in use', () => {
  for (const name of [
    '.utrecht-button',
    '.utrecht-button--primary-action',
    '.utrecht-button--secondary-action',
    '.utrecht-skip-link',
    '.utrecht-textbox',
    '.utrecht-select',
    '.utrecht-textarea',
    '.utrecht-radio-button',
    '.utrecht-form-label',
    '.utrecht-form-field',
    '.utrecht-form-field--radio',
    '.utrecht-form-field--checkbox',
    '.utrecht-form-fieldset',
    '.utrecht-form-fieldset__legend',
    '.utrecht-form-field-description',
    '.utrecht-form-field-error-message',
    '.utrecht-link',
    '.utrecht-heading-1',
    '.utrecht-heading-2',
    '.utrecht-heading-3',
    '.utrecht-page-header',
    '.utrecht-page',
    '.utrecht-page-footer',
    '.utrecht-table',
    '.utrecht-table__header-cell',
    '.utrecht-table__cell',
    '.utrecht-alert',
    '.utrecht-alert--info',
    '.utrecht-alert--error',
  ])
    expect(selectors, name).toContain(name);
  const unused = selectors.filter((s) =>
    /\.utrecht-(button--(danger|warning|busy|pressed)|textbox--(iban|postal-code)|select--busy|table--(busy|oneline|row-hover)|table__footer|alert--warning)/.test(
      s,
    ),
  );
  expect(unused).toEqual([]);
});

test('no hand-written rule styles a bare table or table cell', () => {
  const bare = /(^|[\s>+~(,])(table|th|td|caption)(?=$|[\s:.[>+~),])/;
  expect(selectors.filter((s) => bare.test(s) && !s.includes('.utrecht-'))).toEqual([]);
});

test('no hand-written rule styles a bare button, text box, select or text area', () => {
  // An element selector for a control: `button`, `select`, `textarea`, or an input that is not a file
  // picker (no design-system component). A radio button or checkbox is placed in its row by the form
  // field (@utrecht/form-field-css), not by a layout of ours.
  const bare = /(^|[\s>+~(,])(button|select|textarea|input(?!\[type=['"]?file))(?=$|[\s:.[>+~),])/;
  expect(selectors.filter((s) => bare.test(s) && !s.includes('.utrecht-'))).toEqual([]);
});

test("no hand-written rule styles a bare fieldset or legend: the questions' groups are the design system's", () => {
  // The knowledge check's and the wijzer's groups of choices and the case player's (buttons) are form
  // fieldsets (@utrecht/form-fieldset-css).
  const bare = /(^|[\s>+~(,])(fieldset|legend)(?=$|[\s:.[>+~),])/;
  expect(selectors.filter((s) => bare.test(s) && !s.includes('.utrecht-'))).toEqual([]);
});

test('no hand-written rule styles a bare label: every label is a design-system form label', () => {
  // A label sits in its form field (@utrecht/form-label-css, form-field-css): above its control, or
  // beside a radio button or checkbox; a hint below it is the field's description.
  const bare = /(^|[\s>+~(,])label(?=$|[\s:.[>+~),])/;
  expect(selectors.filter((s) => bare.test(s) && !s.includes('.utrecht-'))).toEqual([]);
  const labels: string[] = [];
  for (const file of sourceFiles)
    for (const [tag] of readFileSync(join(src, file), 'utf8').matchAll(/<label\b[^>]*>/g))
      if (!/\butrecht-form-label\b/.test(tag)) labels.push(`${file}: ${tag}`);
  expect(labels).toEqual([]);
});

test('every form control in the source is the input of a design-system form field', () => {
  // Each <input>, <select> and <textarea> we render (islands and pages) names utrecht-form-field__input,
  // so it takes its place in a form field with its label, description and error message; the browser
  // test below checks on the pages that each one sits in such a field.
  const loose: string[] = [];
  for (const file of sourceFiles) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/<(input|select|textarea)\b/g)) {
      // The tag up to its end: the next `/>` or `>` that does not close an arrow function (`=>`).
      const rest = text.slice(match.index);
      const end = rest.search(/(?<!=)\/?>/);
      const tag = rest.slice(0, end);
      if (!/\butrecht-form-field__input\b/.test(tag)) loose.push(`${file}: ${tag.split('\n')[0]}`);
    }
  }
  expect(loose).toEqual([]);
});

/** The design-system components (utrecht-button, utrecht-table…) named in a text: markup, a script. */
const components = (text: string) =>
  new Set([...text.matchAll(/\butrecht-([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map(([, name]) => `utrecht-${name}`));

/**
 * A built page's HTML with the CSS it loads (linked and inline), every script it can load, those it
 * loads at once, and the CSS its lazy chunks bring when they load (src/styles/player-later.css).
 */
interface BuiltPage {
  file: string;
  html: string;
  css: string[];
  scripts: string[];
  firstScripts: string[];
  lazyCss: string[];
}

let pageCache: BuiltPage[] | undefined;
/** Every HTML page in dist/ with its CSS and scripts, read once for the tests that need them. */
function pagesWithAssets(): BuiltPage[] {
  pageCache ??= files
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      const assets = htmlAssets(html);
      const scripts = withImports(dist, assets.js, { dynamic: true });
      const read = (url: string) => readAsset(dist, url).toString('utf8');
      return {
        file,
        html,
        css: [
          ...assets.css.map((url) => readAsset(dist, url).toString('utf8')),
          ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
        ],
        scripts: scripts.map(read),
        firstScripts: withImports(dist, assets.js).map(read),
        lazyCss: lazyStylesheets(dist, scripts).map(read),
      };
    });
  return pageCache;
}

/** The design-system components whose own rule (`.utrecht-button`, not one of ours that adjusts it) the CSS has. */
function styledComponents(sheets: string[]): Set<string> {
  const styled = new Set<string>();
  for (const sheet of sheets)
    postcss.parse(sheet).walkRules((rule) => {
      for (const selector of rule.selectors)
        if (/^\.utrecht-[a-z0-9-]+$/.test(selector)) styled.add(selector.slice(1));
    });
  return styled;
}

test('every page has the CSS of each design-system component its markup or its scripts can show', () => {
  // Each page loads only the components it uses (src/styles/controls.css, choices.css… are imported by
  // the pages and components that have them), so one forgotten import would leave a control unstyled.
  // What the page and the scripts it loads at once show needs the page's own CSS; what a lazy chunk
  // shows may come with the CSS that chunk brings (the case player's result: player-later.css).
  const missing: string[] = [];
  for (const { file, html, css, scripts, firstScripts, lazyCss } of pagesWithAssets()) {
    const styled = styledComponents(css);
    const styledLater = styledComponents([...css, ...lazyCss]);
    const markup = [...html.matchAll(/\sclass="([^"]*)"/g)].map(([, c]) => c).join(' ');
    for (const name of components([markup, ...firstScripts].join(' ')))
      if (!styled.has(name)) missing.push(`${file}: ${name}`);
    for (const name of components(scripts.join(' ')))
      if (!styledLater.has(name)) missing.push(`${file}: ${name} (later)`);
  }
  expect(missing).toEqual([]);
});

test('every link on every page is a design-system link, button link or skip link', () => {
  // Links are the NL Design System's (@utrecht/link-css, src/lib/link-class.ts; in Markdown by
  // src/integrations/design-system-links.ts), so no hand-written rule styles a bare `a` on screen.
  const plain: string[] = [];
  for (const { file, html } of pagesWithAssets())
    for (const [tag] of html.matchAll(/<a\s[^>]*>/g))
      if (/\shref=/.test(tag) && !/\sclass="[^"]*\butrecht-(link|button-link|skip-link)\b/.test(tag))
        plain.push(`${file}: ${tag}`);
  expect(plain).toEqual([]);
});

test('every heading on every page is a design-system heading of its level', () => {
  // Headings are the NL Design System's (@utrecht/heading-N-css, src/lib/heading-class.ts; in Markdown
  // by src/integrations/design-system-links.ts), so no rule of ours styles every h1, h2 or h3.
  const plain: string[] = [];
  for (const { file, html } of pagesWithAssets())
    for (const [tag, level] of html.matchAll(/<h([1-6])\b[^>]*>/g))
      if (!new RegExp(`\\sclass="[^"]*\\butrecht-heading-${level}\\b`).test(tag))
        plain.push(`${file}: ${tag}`);
  expect(plain).toEqual([]);
  const global = /^h[1-6]($|[:[.])/;
  expect(selectors.filter((s) => global.test(s))).toEqual([]);
});

test('no hand-written rule styles a bare link on screen', () => {
  // On paper (print.css, naslag.css) a link shows where it goes and a phone number loses its line.
  const bare = /(^|[\s>+~(,])a(?=$|[\s:.[>+~),])/;
  // The minifier writes them as a[href^=http]:after and .naslag a[href^=tel\\:].
  const onPaper = /^(a\[href\^=['"]?http['"]?\]::?after|\.naslag a\[href\^=['"]?tel\\?:['"]?\])$/;
  expect(selectors.filter((s) => bare.test(s) && !s.includes('.utrecht-') && !onPaper.test(s))).toEqual([]);
});

test("the diagrams' CSS is on every page that draws a diagram, and on no other", () => {
  // stappenplan.css styles the stappenplan and afwegingskader diagrams (class "sp-…"): a page that can
  // draw one needs it; a lesson that draws none should not carry it (it went to every lesson before).
  const wrong: string[] = [];
  for (const { file, html, css, scripts } of pagesWithAssets()) {
    const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
    const draws = [markup, ...scripts].some((text) => /\bsp-diagram\b/.test(text));
    const styled = css.some((sheet) => sheet.includes('.sp-diagram'));
    if (draws !== styled)
      wrong.push(`${file}: ${draws ? 'draws a diagram without its CSS' : 'CSS without a diagram'}`);
  }
  expect(wrong).toEqual([]);
});

const lesson = '/basis/afwegingskader/';
const casus = '/basis/casussen/dina-en-de-familie-eer/';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every button is a design-system button; primary and secondary look different (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(lesson);
    await openCheck(page);
    const buttons = page.locator('main button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) await expect(button).toHaveClass(/\butrecht-button\b/);
    const primary = await look(page.locator('.check-action .utrecht-button--primary-action').first());
    expect(primary.background).toBe(primary.accent);
    expect(primary.color).toBe(primary.onAccent);

    await page.goto(casus);
    const choices = page.locator('.player-choices button');
    await expect(choices.first()).toBeVisible();
    for (const button of await page.locator('main button').all())
      await expect(button).toHaveClass(/\butrecht-button\b/);
    const secondary = await look(choices.first());
    expect(secondary.background).toBe(secondary.bg);
    expect(secondary.border).toBe(secondary.accent);
    expect(secondary.background).not.toBe(primary.background);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a link that looks like a button is a design-system button link, primary and secondary as the buttons (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/basis/');
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
    const links = page.locator('main a[class*="utrecht-button-link"]');
    for (const link of await links.all()) await expect(link).toHaveClass(/\butrecht-button-link--html-a\b/);
    const primary = await look(page.locator('main a.utrecht-button-link--primary-action'));
    expect(primary.background).toBe(primary.accent);
    expect(primary.color).toBe(primary.onAccent);
    const secondary = await look(page.locator('main a.utrecht-button-link--secondary-action'));
    expect(secondary.background).toBe(secondary.bg);
    expect(secondary.border).toBe(secondary.accent);
  });
}

test('on the pages with a form, each control sits in a design-system form field with its label', async ({
  page,
}) => {
  for (const path of ['/zoeken/', '/voortgang/', '/bij-ons/', '/wijzer/', '/basis/', lesson]) {
    await page.goto(path);
    for (const island of await page.locator('astro-island').all())
      await expect(island).not.toHaveAttribute('ssr');
    const controls = page.locator('main :is(input, select, textarea, progress)');
    expect(await controls.count(), path).toBeGreaterThan(0);
    const loose = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('input, select, textarea, progress')]
        .filter((control) => {
          const field = control.closest('.utrecht-form-field');
          const label = control.id ? main.querySelector(`label[for="${control.id}"]`) : null;
          return !field || !label || !field.contains(label);
        })
        .map((control) => control.outerHTML.slice(0, 100)),
    );
    expect(loose, path).toEqual([]);
  }
});

/** Every table in main is a design-system table: its classes, and the component's CSS applies to it. */
async function expectDesignSystemTables(main: Locator) {
  const tables = main.locator('table');
  expect(await tables.count()).toBeGreaterThan(0);
  for (const table of await tables.all()) {
    await expect(table).toHaveClass(/\butrecht-table\b/);
    for (const [part, name] of [
      ['tr', 'utrecht-table__row'],
      ['th', 'utrecht-table__header-cell'],
      ['td', 'utrecht-table__cell'],
    ] as const)
      for (const cell of await table.locator(part).all())
        await expect(cell).toHaveClass(new RegExp(`\\b${name}\\b`));
    // The browser's own table has border-spacing 2px; the component's has none.
    expect(await table.evaluate((el) => getComputedStyle(el).borderSpacing)).toBe('0px');
  }
}

test("a lesson's Markdown table is a design-system table", async ({ page }) => {
  await page.goto('/sociaal-werk/dossier-en-privacy/');
  await expectDesignSystemTables(page.locator('main'));
});

test('the register is a design-system table', async ({ page }) => {
  await page.goto('/organisatie/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  await page.getByLabel(ui['organisation.pick']).setInputFiles([`${FIXTURES}geldig.json`]);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
  await expectDesignSystemTables(page.locator('main'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the case player's notice is an alert and its result a design-system table (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    // Damaged progress: the player says it set it apart, in a status message shown as an alert.
    await page.goto('/over/');
    await page.evaluate(() => localStorage.setItem('meldcode:voortgang', '{"kind":"voortgang", kapot'));
    await page.goto('/onderwijs/casussen/daan-blauwe-plekken/');
    // Until the player is awake and has read what is stored, it says its choices are loading.
    await expect(page.locator('.player-wait')).toHaveCount(0);
    const status = page.locator('.player-status[role=status]');
    await expect(status).toContainText('apart gezet');
    await expectAlert(status.locator('p').first(), 'info');
    const result = page.getByRole('heading', { level: 2, name: ui['player.result.heading'] });
    for (let i = 0; i < 80 && !(await result.isVisible()); i++) {
      await page.locator('.player-choices button').first().click();
      await page.getByRole('button', { name: ui['player.next'] }).click();
      while (await page.locator('.player-consequence').isVisible())
        await page.locator('.player-consequence .player-next').click();
    }
    await expect(result).toBeVisible();
    await expectDesignSystemTables(page.locator('.player'));
  });

  test(`the wijzer's refusal and the progress page's notice are alerts (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openWijzer(page);
    await page.getByRole('radio', { name: ui['wijzer.start.volwassene'] }).check();
    await page.getByRole('button', { name: ui['wijzer.start.begin'], exact: true }).click();
    await page.getByRole('button', { name: ui['wijzer.steps.next'], exact: true }).click();
    const refusal = page.locator('.wijzer [role=alert]');
    await expect(refusal).toContainText(ui['wijzer.refused']);
    await expectAlert(refusal.locator('p'), 'info');

    await page.evaluate(() => localStorage.setItem('meldcode:voortgang', '{"kind":"voortgang", kapot'));
    await page.goto('/voortgang/');
    const notice = page.locator('.my-progress p[role=status]').first();
    await expect(notice).toBeVisible();
    await expectAlert(notice, 'error');
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a knowledge check's answer is an alert: right in the ok colour, wrong in the wrong colour (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(lesson);
    const check = await openCheck(page);
    const question = check.locator('.question').first();
    const options = question.locator('input[type=radio], input[type=checkbox]');
    const submit = question.getByRole('button', { name: ui['check.submit'] });
    const result = question.locator('.check-result');
    // Try each option alone until one is judged wrong and one right (a single-choice question has both).
    const seen = new Set<string>();
    for (let i = 0; i < (await options.count()) && seen.size < 2; i++) {
      if (await question.getByRole('button', { name: ui['check.retry'] }).isVisible())
        await question.getByRole('button', { name: ui['check.retry'] }).click();
      await options.nth(i).check();
      await submit.click();
      await expect(result).toBeVisible();
      const right = (await result.textContent())!.includes(ui['check.right']);
      await expectAlert(result.locator('p').first(), right ? 'ok' : 'error');
      seen.add(right ? 'ok' : 'error');
      if (right) break;
    }
    expect(seen.size).toBeGreaterThan(0);
  });
}
