import { describe, expect, it } from 'vitest';
import { auIri, cmi5CourseStructure, courseIri } from '../../../modules/lms/cmi5-course.ts';
import { launchPage, packageFiles } from '../../../modules/lms/package-files.ts';
import { scormManifest } from '../../../modules/lms/scorm-manifest.ts';
import { cmi5Problems, scormProblems } from './package-rules.ts';
import { all, parseXml } from './xml-check.ts';

const text = (s: string) => new TextEncoder().encode(s);
/** A built site in miniature: pages in folders, an island chunk, CSS, two launch pages. */
const site = new Map<string, Uint8Array>([
  ['index.html', text('<a href="/onderwijs/">Onderwijs</a><link rel="icon" href="/favicon.svg">')],
  [
    'onderwijs/index.html',
    text('<a href="/onderwijs/les-één/#vraag-a">Les</a><a href="https://example.org/">x</a>'),
  ],
  [
    'onderwijs/les-één/index.html',
    text('<astro-island component-url="/_astro/Box.js" renderer-url="/_astro/client.js"></astro-island>'),
  ],
  ['_astro/Box.js', text('import"./client.js";')],
  ['_astro/site.css', text('body{background:url(/img/a&b.png)}')],
  ['favicon.svg', text('<svg/>')],
  [
    launchPage('onderwijs'),
    text(
      '<iframe data-start="../../onderwijs/index.html"></iframe><script src="/_astro/launch.js"></script>',
    ),
  ],
  [launchPage('kinderopvang'), text('x')],
]);

describe('the package files', () => {
  const files = packageFiles(site, ['onderwijs']);

  it('keep only this module’s launch page, and make every root-relative URL relative', () => {
    expect([...files.keys()].filter((p) => p.startsWith('lms/'))).toEqual(['lms/onderwijs/index.html']);
    const read = (p: string) => new TextDecoder().decode(files.get(p));
    expect(read('index.html')).toBe(
      '<a href="onderwijs/index.html">Onderwijs</a><link rel="icon" href="favicon.svg">',
    );
    expect(read('onderwijs/index.html')).toBe(
      '<a href="les-één/index.html#vraag-a">Les</a><a href="https://example.org/">x</a>',
    );
    expect(read('onderwijs/les-één/index.html')).toBe(
      '<astro-island component-url="../../_astro/Box.js" renderer-url="../../_astro/client.js"></astro-island>',
    );
    expect(read('_astro/site.css')).toBe('body{background:url(../img/a&b.png)}');
    expect(read('lms/onderwijs/index.html')).toContain('src="../../_astro/launch.js"');
  });

  it('refuse to package a module whose launch page was not built', () => {
    expect(() => packageFiles(site, ['artsen'])).toThrow(/lms\/artsen\/index\.html is missing/);
  });
});

describe('imsmanifest.xml (SCORM 1.2)', () => {
  const files = packageFiles(site, ['onderwijs']);
  const xml = scormManifest({
    id: 'meldcode-onderwijs',
    version: '0.1.0',
    title: 'Werken met de meldcode: Onderwijs & school',
    scos: [{ id: 'onderwijs', title: 'Onderwijs <module>', launch: launchPage('onderwijs') }],
    files: [...files.keys()],
  });

  it('is well-formed and follows the packaging rules', () => {
    const manifest = parseXml(xml);
    expect(scormProblems(manifest, new Map([...files, ['imsmanifest.xml', text(xml)]]))).toEqual([]);
    expect(all(manifest, 'title').map((t) => t.text)).toEqual([
      'Werken met de meldcode: Onderwijs & school',
      'Onderwijs <module>',
    ]);
  });

  it('the checks find what is wrong', () => {
    const missing = new Map(files);
    missing.delete('favicon.svg');
    missing.set('extra.txt', text('x'));
    expect(scormProblems(parseXml(xml), missing)).toEqual([
      'extra.txt is listed',
      'favicon.svg is in the package',
    ]);
    expect(() => parseXml('<a><b></a></b>')).toThrow(/not well-formed/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/twice/);
    expect(() => parseXml('<a>R&D</a>')).toThrow(/bare &/);
  });
});

describe('cmi5.xml', () => {
  const files = packageFiles(site, ['onderwijs', 'kinderopvang']);
  const au = (id: string) => ({
    id: auIri(id),
    title: `Werken met de meldcode: ${id}`,
    description: 'Lessen & casussen',
    url: launchPage(id),
    moveOn: 'CompletedAndPassed' as const,
  });
  const xml = cmi5CourseStructure({
    id: courseIri('meldcode'),
    title: 'Werken met de meldcode',
    description: 'Alle modules',
    aus: [au('onderwijs'), au('kinderopvang')],
  });

  it('is well-formed and follows the course-structure rules, with an AU per module', () => {
    const course = parseXml(xml);
    expect(cmi5Problems(course, files)).toEqual([]);
    expect(all(course, 'au').map((a) => a.attributes.id)).toEqual([
      'urn:meldcode:module:onderwijs',
      'urn:meldcode:module:kinderopvang',
    ]);
    expect(all(course, 'url').map((u) => u.text)).toEqual([
      'lms/onderwijs/index.html',
      'lms/kinderopvang/index.html',
    ]);
  });

  it('the checks find what is wrong', () => {
    const twice = cmi5CourseStructure({
      id: courseIri('x'),
      title: 'T',
      description: 'D',
      aus: [au('onderwijs'), au('onderwijs')],
    });
    expect(cmi5Problems(parseXml(twice), files)).toEqual(['ids are unique']);
    const lost = cmi5CourseStructure({
      id: courseIri('x'),
      title: 'T',
      description: 'D',
      aus: [{ ...au('onderwijs'), url: 'lms/weg.html', masteryScore: 1.5 }],
    });
    expect(cmi5Problems(parseXml(lost), files)).toEqual([
      'masteryScore a decimal 0–1',
      'the au url is a file of the package',
    ]);
  });
});
