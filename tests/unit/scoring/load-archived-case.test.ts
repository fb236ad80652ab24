import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../modules/authoring/archive-files.ts';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { loadArchivedCase } from '../../../modules/scoring/load-archived-case.ts';
import { scoreAttempt } from '../../../modules/scoring/score-attempt.ts';

// In this fixture, case "geldig" is at version 2: a new situation text, and 3 points instead of 2 for
// noting the signals. Its archive holds versions 1 and 2.
const root = new URL('../authoring/fixtures/archief/', import.meta.url).pathname;
const { archives, issues } = readArchive(root);
const hashOf = (version: number) =>
  archives.find((a) => a.caseId === 'geldig')!.versions.find((v) => v.version === version)!.hash;

/** A log made on version 1: a wrong first choice, then the expert route. */
const log = [
  { node: 'signalen', choice: 'niets' },
  { node: 'signalen', choice: 'noteren' },
  { node: 'overleg', choice: 'collega' },
  { node: 'gesprek', choice: 'ja' },
  { node: 'afweging-1', choice: 'nee' },
];

describe('loadArchivedCase', () => {
  it('reads every archive file of the fixture', () => {
    expect(issues).toEqual([]);
    expect(archives.map((a) => a.caseId)).toContain('geldig');
  });

  it('scores a version 1 log as version 1 did, after the case changed to version 2', async () => {
    const result = await loadArchivedCase(archives, 'geldig', 1, hashOf(1));
    if (!result.ok) throw new Error(result.message);
    expect(result.compiled.def.nodes[0].situation).toBe('Je ziet blauwe plekken.');
    expect(scoreAttempt(result.compiled, log)).toMatchObject({ total: 6, max: 8, passed: true });
    // The same log on today's case would fail: 6 of 9 is below the pass mark of 70%.
    const today = loadContent(root, ['content/casussen/onderwijs/geldig.yaml']).cases[0].compiled;
    expect(today.def.version).toBe(2);
    expect(scoreAttempt(today, log)).toMatchObject({ total: 6, max: 9, passed: false });
  });

  it('gives the current version too', async () => {
    const result = await loadArchivedCase(archives, 'geldig', 2, hashOf(2));
    expect(result.ok && result.compiled.def.nodes[0].situation).toBe('Je ziet een blauwe plek op zijn arm.');
  });

  it('says so for an unknown version', async () => {
    expect(await loadArchivedCase(archives, 'geldig', 3, hashOf(2))).toEqual({
      ok: false,
      code: 'onbekende-versie',
      message: 'Versie 3 van de casus "geldig" staat niet in het archief (bekend: versie 1, 2).',
    });
  });

  it('says so for an unknown case', async () => {
    expect(await loadArchivedCase(archives, 'bestaat-niet', 1, hashOf(1))).toEqual({
      ok: false,
      code: 'onbekende-casus',
      message: 'De casus "bestaat-niet" staat niet in het archief van deze cursus.',
    });
  });

  it('refuses a hash that is not the archived one', async () => {
    expect(await loadArchivedCase(archives, 'geldig', 1, hashOf(2))).toEqual({
      ok: false,
      code: 'andere-hash',
      message:
        'De casus "geldig" versie 1 in het archief heeft een andere inhoud dan het certificaat of de poging noemt (de hash verschilt): het hoort bij andere inhoud, of het is veranderd.',
    });
  });

  it('recomputes the hash, so an archive edited by hand is refused even when the hash asked for matches', async () => {
    const edited = archives.find((a) => a.caseId === 'hand-bewerkt')!;
    expect(await loadArchivedCase(archives, 'hand-bewerkt', 1, edited.versions[0].hash)).toEqual({
      ok: false,
      code: 'beschadigd',
      message:
        'Het archief van de casus "hand-bewerkt" versie 1 is beschadigd; deze versie kan niet worden nagespeeld.',
    });
  });

  it('runs in the browser: nothing it imports uses Node', () => {
    const seen = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(url, 'utf8');
      for (const [, spec] of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(spec, url.pathname).not.toMatch(/^node:/);
        if (spec.startsWith('.')) visit(new URL(spec, url));
      }
    };
    visit(new URL('../../../modules/scoring/load-archived-case.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(3);
  });
});
