import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
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
