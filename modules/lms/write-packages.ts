import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import type { Beroepsgroep } from '../beroepsgroep/beroepsgroep.schema.ts';
import { auIri, cmi5CourseStructure, courseIri } from './cmi5-course.ts';
import type { SearchDocument } from '../search/search-document.ts';
import { buildSearchIndex } from '../search/build-search-index.ts';
import { launchPage, packageFiles } from './package-files.ts';
import { packageScope, pageFile, type PackageScope } from './package-scope.ts';
import { scormManifest } from './scorm-manifest.ts';

/**
 * Node only: writes, for each module, `<id>-scorm12.zip` (imsmanifest.xml at its root) and
 * `<id>-cmi5.zip` (cmi5.xml at its root), each holding the module, the basis module it builds on and
 * the shared pages (package-scope.ts) with a search index over those pages only, plus
 * `meldcode-cmi5.zip` with every module as an AU of one course, from the site built by
 * `astro build --config astro.lms.config.mjs` in `siteDir`.
 */
export function writePackages(
  siteDir: string,
  outDir: string,
  modules: readonly Pick<Beroepsgroep, 'id' | 'name' | 'description' | 'sector'>[],
  version: string,
  searchDocuments: readonly SearchDocument[],
): string[] {
  const site = readSite(siteDir);
  const filesOf = (scope: PackageScope) =>
    packageFiles(site, scope, {
      searchIndex: JSON.stringify(
        buildSearchIndex(searchDocuments.filter((d) => scope.holds(pageFile(d.url)))),
      ),
    });
  const written: string[] = [];
  const write = (name: string, files: Map<string, Uint8Array>) => {
    const zip = zipSync(Object.fromEntries(files), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    writeFileSync(join(outDir, name), zip);
    written.push(name);
  };
  for (const file of readdirSync(outDir)) if (file.endsWith('.zip')) rmSync(join(outDir, file));
  const title = (name: string) => `Werken met de meldcode: ${name}`;
  const au = (m: (typeof modules)[number]) => ({
    id: auIri(m.id),
    title: title(m.name),
    description: m.description,
    url: launchPage(m.id),
    moveOn: 'CompletedAndPassed' as const,
  });
  const text = (s: string) => new TextEncoder().encode(s);
  for (const m of modules) {
    const files = filesOf(packageScope([m.id], modules));
    const scorm = new Map(files);
    scorm.set(
      'imsmanifest.xml',
      text(
        scormManifest({
          id: `meldcode-${m.id}`,
          version,
          title: title(m.name),
          scos: [{ id: m.id, title: title(m.name), launch: launchPage(m.id) }],
          files: [...files.keys()],
        }),
      ),
    );
    write(`${m.id}-scorm12.zip`, scorm);
    const cmi5 = new Map(files);
    cmi5.set(
      'cmi5.xml',
      text(
        cmi5CourseStructure({
          id: courseIri(m.id),
          title: title(m.name),
          description: m.description,
          aus: [au(m)],
        }),
      ),
    );
    write(`${m.id}-cmi5.zip`, cmi5);
  }
  const all = filesOf(
    packageScope(
      modules.map((m) => m.id),
      modules,
    ),
  );
  all.set(
    'cmi5.xml',
    text(
      cmi5CourseStructure({
        id: courseIri('meldcode'),
        title: 'Werken met de meldcode',
        description: 'Alle modules van de e-learning Werken met de meldcode, elk als eigen onderdeel.',
        aus: modules.map(au),
      }),
    ),
  );
  write('meldcode-cmi5.zip', all);
  return written;
}

function readSite(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split(sep).join('/'), new Uint8Array(readFileSync(full)));
  }
  if (files.size === 0) throw new Error(`${dir} is empty: run npm run build:scorm.`);
  return files;
}

/** Makes `dir` if needed. */
export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
