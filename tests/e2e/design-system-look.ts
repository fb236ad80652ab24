import { expect, type Locator } from '@playwright/test';

// How a design-system component looks in the browser, beside the tokens of our theme it should show
// (tests/e2e/design-system.spec.ts, and the LMS launch page in tests/e2e/lms/launch-page.lms.ts).

/** The colours of an element (a button, an alert box) and of the tokens they should come from. */
export const look = (element: Locator) =>
  element.evaluate((el) => {
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
      line: style.borderInlineStartColor,
      lineWidth: style.borderInlineStartWidth,
      accent: token('--accent'),
      onAccent: token('--on-accent'),
      bg: token('--bg'),
      surface: token('--surface'),
      wrong: token('--wrong'),
      ok: token('--ok'),
    };
  });

/** A notice shown as a box is a design-system alert, in our colours (a line in the accent or "wrong"). */
export async function expectAlert(notice: Locator, kind: 'info' | 'ok' | 'error') {
  const box = notice.locator('xpath=ancestor-or-self::*[contains(@class, "utrecht-alert ")][1]');
  await expect(box).toHaveClass(new RegExp(`\\butrecht-alert--${kind}\\b`));
  const colours = await look(box);
  expect(colours.lineWidth).toBe('6px');
  expect(colours.line).toBe({ info: colours.accent, ok: colours.ok, error: colours.wrong }[kind]);
  expect(colours.background).toBe(colours.surface);
}
