import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { moduleContents, readModuleArchives } from '../../../modules/authoring/module-archive-files.ts';
import { archivedEdition, readModuleArchive } from '../../../modules/certificate/module-archive.ts';
import { moduleEdition } from '../../../modules/certificate/module-edition.ts';
import { fixtureModule, moduleArchive } from './helpers.ts';

const root = new URL('../../../', import.meta.url).pathname;

describe('module editions', () => {
  it('change with a case version, a question or the study time, not with the module name', async () => {
    const module = await fixtureModule(1);
    const base = (await moduleEdition(module)).contentVersion;
    const renamed = (await moduleEdition({ ...module, name: 'Anders' })).contentVersion;
    const longer = await moduleEdition({ ...module, lessons: [{ ...module.lessons[0]!, minutes: 6 }] });
    const v2 = await moduleEdition(await fixtureModule(2));
    expect(renamed).toBe(base);
    expect(longer.contentVersion).not.toBe(base);
    expect(v2.contentVersion).not.toBe(base);
    expect(v2.cases).toEqual([{ id: 'geldig', version: 2, hash: expect.stringMatching(/^sha256:/) }]);
  });

  it('an archived edition that no longer hashes to its version is refused', async () => {
    const archive = await moduleArchive(await fixtureModule(1));
    const entry = archive.editions[0]!;
    expect(await archivedEdition('onderwijs', entry)).toMatchObject({ contentVersion: entry.contentVersion });
    expect(await archivedEdition('onderwijs', { ...entry, minutes: 1 })).toBeNull();
    expect(readModuleArchive(archive)).toMatchObject({ ok: true });
  });

  it(
    'the current edition of every real module is archived (else run npm run archive:content)',
    { timeout: 60_000 },
    async () => {
      const { archives, issues } = readModuleArchives(root);
      expect(issues).toEqual([]);
      for (const module of moduleContents(loadContent(root))) {
        const { contentVersion } = await moduleEdition(module);
        const archive = archives.find((a) => a.moduleId === module.id);
        expect(
          archive?.editions.map((e) => e.contentVersion),
          module.id,
        ).toContain(contentVersion);
        for (const entry of archive!.editions)
          expect(await archivedEdition(module.id, entry), module.id).not.toBeNull();
      }
    },
  );
});
