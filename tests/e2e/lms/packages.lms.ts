import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadBeroepsgroepen } from '../../../modules/authoring/load-content.ts';
import { cmi5Problems, scormProblems } from '../../unit/lms/package-rules.ts';
import { parseXml } from '../../unit/lms/xml-check.ts';
import { readPackage } from './package-server.ts';

// Every package that npm run build:scorm wrote, checked against the SCORM 1.2 and cmi5 packaging rules.
const dir = fileURLToPath(new URL('../../../dist-lms/', import.meta.url));
const zips = readdirSync(dir).filter((name) => name.endsWith('.zip'));

test('every module has a SCORM 1.2 and a cmi5 package, each valid', () => {
  expect(zips.filter((z) => z.endsWith('-scorm12.zip')).length).toBeGreaterThan(0);
  expect(zips.filter((z) => z.endsWith('-scorm12.zip')).length).toBe(
    zips.filter((z) => z.endsWith('-cmi5.zip')).length - 1,
  );
  for (const zip of zips) {
    const files = readPackage(zip);
    const manifest = files.get(zip.endsWith('-scorm12.zip') ? 'imsmanifest.xml' : 'cmi5.xml');
    expect(manifest, zip).toBeDefined();
    const xml = parseXml(new TextDecoder().decode(manifest));
    expect(zip.endsWith('-scorm12.zip') ? scormProblems(xml, files) : cmi5Problems(xml, files), zip).toEqual(
      [],
    );
    const pages = [...files.keys()].filter((p) => p.endsWith('.html'));
    for (const page of pages) {
      const html = new TextDecoder().decode(files.get(page));
      expect(
        html.match(/\s(?:href|src|component-url|renderer-url)="\/(?!\/)[^"]*"/g),
        `${zip} ${page}`,
      ).toBeNull();
      // The LMS's host is not ours: a package never installs a service worker there.
      expect(html, `${zip} ${page}`).not.toContain('serviceWorker');
    }
    expect(files.has('sw.js'), zip).toBe(false);
  }
});

const { beroepsgroepen } = loadBeroepsgroepen(fileURLToPath(new URL('../../../', import.meta.url)));
const moduleIds = beroepsgroepen.map((g) => g.id);
const basisIds = beroepsgroepen.filter((g) => g.sector === 'algemeen').map((g) => g.id);

/** The modules a package may hold: its own, and the basis module where it builds on it; all in the combined course. */
function ownModules(zip: string): string[] {
  if (zip === 'meldcode-cmi5.zip') return moduleIds;
  const id = zip.replace(/-(scorm12|cmi5)\.zip$/, '');
  return basisIds.includes(id) ? [id] : [id, ...basisIds];
}

/** A reference in a page of the package as a path in the package (null for one outside it: another site, an anchor). */
function packagePath(reference: string, from: string): string | null {
  if (/^(#|[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) return null;
  const url = new URL(reference, `http://pakket/${from}`);
  if (url.host !== 'pakket') return `buiten het pakket: ${reference}`;
  const path = decodeURIComponent(url.pathname.slice(1));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

test('a module package holds its module, the basis module it builds on and the shared pages, and every link stays inside', () => {
  for (const zip of zips) {
    const files = readPackage(zip);
    const own = ownModules(zip);
    const launched = zip === 'meldcode-cmi5.zip' ? moduleIds : own.slice(0, 1);
    for (const path of files.keys()) {
      const [first, second] = path.split('/');
      if (moduleIds.includes(first)) expect(own, `${zip}: ${path}`).toContain(first);
      if (first === 'lms') expect(launched, `${zip}: ${path}`).toContain(second);
    }
    for (const id of own) expect(files.has(`${id}/index.html`), `${zip}: ${id}`).toBe(true);
    const broken: string[] = [];
    for (const page of [...files.keys()].filter((p) => p.endsWith('.html'))) {
      const html = new TextDecoder().decode(files.get(page));
      for (const [, reference] of html.matchAll(
        /\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g,
      )) {
        const path = packagePath(reference.replace(/&amp;/g, '&'), page);
        if (path !== null && !files.has(path)) broken.push(`${page} → ${reference}`);
      }
    }
    expect(broken, zip).toEqual([]);
    // What the pages fetch at run time names only pages and modules of the package.
    const json = (path: string) => JSON.parse(new TextDecoder().decode(files.get(path)));
    const progressModules = (json('voortgang/modules.json') as { id: string }[]).map((m) => m.id);
    expect(progressModules.toSorted(), zip).toEqual(own.toSorted());
    const index = json('zoekindex.json') as { docs: { url: string }[] };
    expect(index.docs.length, zip).toBeGreaterThan(0);
    expect(
      index.docs.map((d) => packagePath(d.url.slice(1), 'index.html')).filter((p) => !files.has(p!)),
      zip,
    ).toEqual([]);
  }
});

test('built with an organisatieprofiel (npm test uses the basisschool example), a package shows it where it applies', () => {
  const read = new Map<string, Map<string, Uint8Array>>();
  const page = (zip: string, path: string) => {
    if (!read.has(zip)) read.set(zip, readPackage(zip));
    const html = read.get(zip)!.get(path);
    expect(html, `${zip}: ${path}`).toBeDefined();
    return new TextDecoder().decode(html);
  };
  // Run test:lms after `MELDCODE_ORGANISATIE=content/organisaties/voorbeelden/basisschool.yaml npm run build:scorm`.
  expect(page('onderwijs-scorm12.zip', 'onderwijs/naslag/index.html')).toContain(
    'Bij ons: Basisschool De Linde',
  );
  expect(page('onderwijs-scorm12.zip', 'onderwijs/stappenplan-op-school/index.html')).toContain(
    'Zo doen wij het bij Basisschool De Linde',
  );
  expect(page('onderwijs-cmi5.zip', 'onderwijs/naslag/index.html')).toContain(
    'Bij ons: Basisschool De Linde',
  );
  // Another beroepsgroep's package: not on its own pages; on the basis module's, which is for everyone.
  expect(page('artsen-scorm12.zip', 'artsen/naslag/index.html')).not.toContain('Basisschool De Linde');
  expect(page('artsen-scorm12.zip', 'artsen/index.html')).not.toContain('Basisschool De Linde');
  expect(page('artsen-scorm12.zip', 'basis/naslag/index.html')).toContain('Bij ons: Basisschool De Linde');
});
