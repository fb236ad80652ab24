import { describe, expect, it } from 'vitest';
import { auIri, cmi5CourseStructure, courseIri } from '../../../modules/lms/cmi5-course.ts';
import { launchPage, packageFiles } from '../../../modules/lms/package-files.ts';
import { packageScope, pageFile } from '../../../modules/lms/package-scope.ts';
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

/** The miniature site's modules: the basis module, and two that build on it. */
const modules = [
  { id: 'basis', sector: 'algemeen' as const },
  { id: 'onderwijs', sector: 'onderwijs' as const },
  { id: 'kinderopvang', sector: 'kinderopvang' as const },
];
const scope = (...ids: string[]) => packageScope(ids, modules);

describe('the package files', () => {
  const files = packageFiles(site, scope('onderwijs'));
  const read = (p: string) => new TextDecoder().decode(files.get(p));

  it('keep only this module’s launch page, and make every root-relative URL relative', () => {
    expect([...files.keys()].filter((p) => p.startsWith('lms/'))).toEqual(['lms/onderwijs/index.html']);
    expect(read('onderwijs/index.html')).toBe(
      '<a href="les-één/index.html#vraag-a">Les</a><a href="https://example.org/">x</a>',
    );
    expect(read('onderwijs/les-één/index.html')).toBe(
      '<astro-island component-url="../../_astro/Box.js" renderer-url="../../_astro/client.js"></astro-island>',
    );
    expect(read('_astro/site.css')).toBe('body{background:url(../img/a&b.png)}');
    expect(read('lms/onderwijs/index.html')).toContain('src="../../_astro/launch.js"');
  });

  it('a package of every module keeps the home page, with its links made relative', () => {
    const everything = packageFiles(site, scope('onderwijs', 'kinderopvang'));
    expect(new TextDecoder().decode(everything.get('index.html'))).toBe(
      '<a href="onderwijs/index.html">Onderwijs</a><link rel="icon" href="favicon.svg">',
    );
  });

  it('refuse to package a module whose launch page was not built, or that does not exist', () => {
    expect(() => packageFiles(site, scope('basis'))).toThrow(/lms\/basis\/index\.html is missing/);
    expect(() => packageFiles(site, scope('artsen'))).toThrow(/Onbekende module in een pakket: artsen/);
  });
});

describe('the scope of a package', () => {
  const site = [
    'index.html',
    'wijzer/index.html',
    'begrippen/index.html',
    'voortgang/index.html',
    'basis/index.html',
    'basis/les/index.html',
    'onderwijs/index.html',
    'onderwijs/naslag/index.html',
    'onderwijs/wijzer/index.html',
    'kinderopvang/index.html',
    'lms/onderwijs/index.html',
    'lms/kinderopvang/index.html',
    '_astro/a.js',
  ];
  const held = (...ids: string[]) => site.filter((path) => scope(...ids).holds(path));

  it('a module’s package: the module, the basis module it builds on, the shared pages; not the home page or the general wijzer', () => {
    expect(held('onderwijs')).toEqual([
      'begrippen/index.html',
      'voortgang/index.html',
      'basis/index.html',
      'basis/les/index.html',
      'onderwijs/index.html',
      'onderwijs/naslag/index.html',
      'onderwijs/wijzer/index.html',
      'lms/onderwijs/index.html',
      '_astro/a.js',
    ]);
    expect(scope('onderwijs').modules).toEqual(['onderwijs', 'basis']);
  });

  it('the basis module’s package builds on nothing', () => {
    expect(held('basis').filter((p) => /^(onderwijs|kinderopvang)\//.test(p))).toEqual([]);
    expect(scope('basis').modules).toEqual(['basis']);
  });

  it('in a module’s package the home page and the general wijzer lead to the module’s own', () => {
    const { redirect } = scope('onderwijs');
    expect(['/', '/wijzer/', '/wijzer', '/?x=1#top', '/begrippen/#a', '/onderwijs/'].map(redirect)).toEqual([
      '/onderwijs/',
      '/onderwijs/wijzer/',
      '/onderwijs/wijzer/',
      '/onderwijs/?x=1#top',
      '/begrippen/#a',
      '/onderwijs/',
    ]);
  });

  it('a package of every module holds every page and leads nowhere else', () => {
    expect(held('basis', 'onderwijs', 'kinderopvang')).toEqual(site);
    expect(scope('basis', 'onderwijs', 'kinderopvang').redirect('/')).toBe('/');
  });

  it('names the file of a page address', () => {
    expect(['/', '/onderwijs/les/#vraag', '/begrippen/?q=a', '/zoekindex.json'].map(pageFile)).toEqual([
      'index.html',
      'onderwijs/les/index.html',
      'begrippen/index.html',
      'zoekindex.json',
    ]);
  });
});

describe('imsmanifest.xml (SCORM 1.2)', () => {
  const files = packageFiles(site, scope('onderwijs'));
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
  const files = packageFiles(site, scope('onderwijs', 'kinderopvang'));
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
