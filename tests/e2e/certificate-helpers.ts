import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ui } from '../../src/i18n/ui.ts';
import { bestAttempt, builtModules, checked, record, storeBeforeLoad } from './progress-fixtures.ts';

// Helpers for certificate.spec.ts: a module completed but for one case, that case played in the
// player by its expert route, and an axe scan.

export const MODULE = 'onderwijs';
export const LAST_CASE = 'daan-blauwe-plekken';
export const FIXTURES = new URL('../fixtures/certificates/', import.meta.url).pathname;

/** Every lesson read, every question answered right, every case but LAST_CASE passed (stored before load). */
export async function storeAllButLastCase(page: Page): Promise<void> {
  const module = builtModules().find((m) => m.id === MODULE)!;
  const at = '2026-12-01T09:00:00.000Z';
  const progress = record({
    lessons: module.lessons.map((l) => `${MODULE}/${l.slug}`),
    answers: Object.fromEntries(
      module.lessons.flatMap((l) =>
        l.questions.map((q) => [`${MODULE}/${l.slug}#${q.id}`, checked(['x'], at)]),
      ),
    ),
    attempts: module.cases.filter((c) => c.id !== LAST_CASE).map((c) => bestAttempt(c, at)),
  });
  await storeBeforeLoad(page, JSON.stringify(progress));
}

interface CaseFile {
  nodes: { id: string; title?: string; end?: boolean; choices?: { label: string; verdict: string }[] }[];
}

/** Plays LAST_CASE in the case player by mouse, always the expert's choice, to its result. */
export async function playLastCase(page: Page): Promise<void> {
  const file = new URL(`../../content/casussen/${MODULE}/${LAST_CASE}.yaml`, import.meta.url);
  const def = parse(readFileSync(file, 'utf8')) as CaseFile;
  await page.goto(`/${MODULE}/casussen/${LAST_CASE}/`);
  const player = page.locator('.player');
  const result = page.getByRole('heading', { level: 2, name: ui['player.result.heading'] });
  for (let step = 0; step < 40; step++) {
    const heading = player.getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeVisible();
    if (await result.isVisible()) return;
    const title = (await heading.textContent())!.trim();
    const node = def.nodes.find((n) => n.title === title);
    if (!node?.choices) throw new Error(`no node titled "${title}"`);
    const expert = node.choices.find((c) => c.verdict === 'goed')!;
    await player.locator('.player-choices').getByRole('button', { name: expert.label }).click();
    await page.getByRole('button', { name: ui['player.next'] }).click();
  }
  await expect(result).toBeVisible();
}

/** The invalid fixtures with the start of the Dutch reason the organisation page must show for each. */
export const INVALID_FIXTURES: [file: string, reason: string][] = [
  ['bewerkt-naam.json', 'Het bewijs is na uitgifte veranderd'],
  ['bewerkt-keuze.json', 'Het bewijs is na uitgifte veranderd'],
  ['bewerkt-score.json', 'Het bewijs heeft niet de vorm van een bewijs van deelname'],
  ['dubbel-veld.json', 'staat er twee keer in'],
  ['proto-veld.json', 'het bevat een veld "__proto__"'],
  ['nagerekend-niet-gehaald.json', 'is niet gehaald'],
  ['onbekende-module.json', 'is onbekend bij deze controle'],
  ['onbekende-versie.json', 'staat niet in het archief'],
  ['toekomstige-versie.json', 'Dit bewijs komt uit een nieuwere versie van de cursus'],
  ['datum-in-de-toekomst.json', 'Die datum ligt in de toekomst'],
  ['andere-naam-op-pdf.pdf', 'Op de PDF staat de naam “Iemand Anders”'],
  ['leeg.json', 'Het bestand is leeg.'],
  ['geen-bewijs.txt', 'Dit is geen PDF en geen JSON-bestand'],
  ['kapot.pdf', 'De PDF is beschadigd of onvolledig'],
  ['zonder-bewijs.pdf', 'Deze PDF bevat geen bewijs van deelname'],
  ['zipbom.pdf', 'Deze PDF pakt uit tot veel meer gegevens'],
];
