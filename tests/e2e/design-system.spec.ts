import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator } from '@playwright/test';
import postcss from 'postcss';
import { openCheck } from './progress-fixtures.ts';

// The controls are the NL Design System's (@utrecht/*-css, issue 21), themed with our tokens: the built
// CSS has their rules and no hand-written rules for bare controls beside them, it ships no variant the
// markup does not use, every button on a page is one of theirs, and a primary action looks different
// from a secondary one in light and dark mode.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
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
  ])
    expect(selectors, name).toContain(name);
  const unused = selectors.filter((s) =>
    /\.utrecht-(button--(danger|warning|busy|pressed)|textbox--(iban|postal-code)|select--busy)/.test(s),
  );
  expect(unused).toEqual([]);
});

test('no hand-written rule styles a bare button, text box, select or text area', () => {
  // An element selector for a control: `button`, `select`, `textarea`, or an input that is not a file
  // picker (no design-system component) nor a radio button or checkbox placed in its row by a layout.
  const bare = /(^|[\s>+~(,])(button|select|textarea|input(?!\[type=['"]?file))(?=$|[\s:.[>+~),])/;
  const layout = /^\.(option|wijzer \.choice) input$/;
  expect(selectors.filter((s) => bare.test(s) && !layout.test(s) && !s.includes('.utrecht-'))).toEqual([]);
});

const lesson = '/basis/afwegingskader/';
const casus = '/basis/casussen/dina-en-de-familie-eer/';

const look = (button: Locator) =>
  button.evaluate((el) => {
    const style = getComputedStyle(el);
    const root = getComputedStyle(document.documentElement);
    const token = (name: string) => {
      const probe = document.createElement('span');
      probe.style.color = root.getPropertyValue(name);
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    return {
      background: style.backgroundColor,
      color: style.color,
      border: style.borderTopColor,
      accent: token('--accent'),
      onAccent: token('--on-accent'),
      bg: token('--bg'),
    };
  });

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
