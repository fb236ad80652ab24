import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveNewVersions } from '../../../modules/authoring/archive-new-versions.ts';
import { loadContentWithoutArchive } from '../../../modules/authoring/load-content.ts';
import { formatIssue } from '../../../modules/case/case-issue.ts';
import { archiveContent } from '../../../modules/cli/archive-content.ts';
import { readCaseArchive } from '../../../modules/scoring/case-archive.ts';
import { hashCase } from '../../../modules/scoring/hash-case.ts';
import { runInProcess } from '../cli/run-in-process.ts';

const fixture = new URL('./fixtures/archief/', import.meta.url).pathname;
let root: string;
// npm run archive:content in this process; tests/unit/cli/scripts.test.ts starts the script once.
const command = () => runInProcess(archiveContent, { cwd: root });
const files = () =>
  Object.fromEntries(
    readdirSync(join(root, 'content/archief')).map((f) => [
      f,
      readFileSync(join(root, 'content/archief', f), 'utf8'),
    ]),
  );
const archiveOf = (id: string) => {
  const read = readCaseArchive(readFileSync(join(root, `content/archief/${id}.json`), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.value;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archief-'));
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('archiveNewVersions (npm run archive:content)', () => {
  it('adds only current versions not archived yet, and leaves what is archived alone', () => {
    const before = files();
    const { added, issues } = archiveNewVersions(root, '2026-12-03');
    expect(added).toEqual([
      { caseId: 'nieuw', version: 1, file: 'content/archief/nieuw.json' },
      { caseId: 'nieuwe-versie', version: 2, file: 'content/archief/nieuwe-versie.json' },
    ]);
    const after = files();
    for (const [file, text] of Object.entries(before))
      if (file !== 'nieuwe-versie.json') expect(after[file], file).toBe(text);
    // The archived version 1 is kept as it was; version 2 is appended after it.
    const [v1, v2] = archiveOf('nieuwe-versie').versions;
    expect(v1).toEqual(JSON.parse(before['nieuwe-versie.json']).versions[0]);
    expect(v2).toMatchObject({
      version: 2,
      beroepsgroep: 'onderwijs',
      sector: 'onderwijs',
      passPercentage: 70,
    });
    expect(v2.archivedOn).toBe('2026-12-03');
    // What it cannot settle itself is left for the author, with the same messages as the lint.
    expect(issues.map(formatIssue).map((line) => line.split(':')[0])).toEqual([
      'content/archief/hand-bewerkt.json',
      'content/casussen/onderwijs/lager.yaml',
      'content/archief/oud-schema.json',
      'content/casussen/onderwijs/oud-schema.yaml',
      'content/casussen/onderwijs/slaaggrens.yaml',
      'content/casussen/onderwijs/tekst-veranderd.yaml',
    ]);
  });

  it('records the case as authored with the same hash as hashCase in the browser', async () => {
    archiveNewVersions(root, '2026-12-03');
    const loaded = loadContentWithoutArchive(root, ['content/casussen/onderwijs/nieuw.yaml']).cases[0];
    const [entry] = archiveOf('nieuw').versions;
    expect(entry.case).toEqual(loaded.authored);
    expect(entry.hash).toBe(await hashCase(loaded.authored));
  });

  it('adds nothing the second time', () => {
    archiveNewVersions(root, '2026-12-03');
    const once = files();
    expect(archiveNewVersions(root, '2026-12-04').added).toEqual([]);
    expect(files()).toEqual(once);
  });

  it('is a command that says in Dutch what it added, and fails while problems are left', async () => {
    const result = await command();
    expect(result.stdout).toContain('toegevoegd: nieuw versie 1 → content/archief/nieuw.json\n');
    expect(result.stdout).toContain(
      'toegevoegd: nieuwe-versie versie 2 → content/archief/nieuwe-versie.json\n',
    );
    expect(result.stderr).toContain('2 versie(s) toegevoegd, 6 probleem/problemen over');
    expect(result.status).toBe(1);
  });

  it('says so when everything is archived already', async () => {
    rmSync(join(root, 'content/casussen/onderwijs'), { recursive: true });
    cpSync(
      join(fixture, 'content/casussen/onderwijs/geldig.yaml'),
      join(root, 'content/casussen/onderwijs/geldig.yaml'),
    );
    // The first run archives the module's edition (which certificates name), the second finds nothing new.
    const first = await command();
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(
      'toegevoegd: module onderwijs → content/archief/modules/onderwijs.json\n1 versie(s) toegevoegd, 0 problemen\n',
    );
    const result = await command();
    expect(result.stdout).toBe(
      'niets toegevoegd: de huidige versie van elke casus en module staat al in het archief\n0 versie(s) toegevoegd, 0 problemen\n',
    );
    expect(result.status).toBe(0);
  });
});
