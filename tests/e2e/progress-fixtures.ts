import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { ModuleData } from '../../src/lib/module-data.ts';
import { PROGRESS_KEY } from '../../src/storage/local-store.ts';
import { ui } from '../../src/i18n/ui.ts';

// Helpers for the journey tests: the built modules' data, attempts that follow a case's best route,
// and ways to put a record in a page's localStorage.

export { PROGRESS_KEY };

/** Every module's data as the build wrote it for "Mijn voortgang" (lesson slugs, question ids, verify tables). */
export function builtModules(): ModuleData[] {
  const file = fileURLToPath(new URL('../../dist/voortgang/modules.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as ModuleData[];
}

/** A finished attempt at a case that takes the choice with the most points at every node: full marks. */
export function bestAttempt(table: ModuleData['cases'][number], startedAt: string) {
  const events = [];
  for (let node = table.nodes[table.states[0]![0]!]!; !node.end;) {
    const best = node.choices!.reduce((a, b) => (b.points > a.points ? b : a));
    events.push({ node: node.id, choice: best.id, at: startedAt });
    node = table.nodes[best.next]!;
  }
  return {
    kind: 'poging',
    version: 2,
    caseId: table.id,
    caseVersion: table.version,
    caseHash: table.hash,
    startedAt,
    seed: 7,
    events,
  };
}

/** An empty progress record with the given parts. */
export function record(parts: Record<string, unknown> = {}) {
  return { kind: 'voortgang', version: 2, lessons: [], answers: {}, attempts: [], completed: {}, ...parts };
}

/** A stored answer, checked once: right (the default) or wrong. */
export function checked(options: string[], at: string, right = true) {
  const tried = { options, right, at };
  return { tries: 1, first: tried, last: tried };
}

/** Puts text under the progress key before any script of the site runs, on every page load. */
export async function storeBeforeLoad(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only once per tab: a reload must see what the site saved, not the seed again.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    },
    [PROGRESS_KEY, text] as const,
  );
}

/** What this page's localStorage holds under the progress key. */
export function storedText(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
}

/** The knowledge check of a lesson page, scrolled into view and hydrated (it then says the lesson counts as read). */
export async function openCheck(page: Page) {
  const check = page.getByRole('region', { name: ui['check.heading'] });
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByText(ui['check.read'])).toBeVisible();
  return check;
}

/** The module page's status line beside a lesson or case card, found by the card's heading. */
export function cardStatus(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}
