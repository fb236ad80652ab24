import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { DEFAULT_SITE, siteAddress } from '../../modules/certificate/site-address.ts';

// A scan of dist/ in Node, no browser: every page, script and style sheet the build wrote. It finds what
// every page shares with its template, on every page, in a second: nothing loads from another host,
// headings skip no level, and no id is used twice in a page.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const html = files
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, root: parse(read(file)) }));

/** An absolute URL to a host: http or https, or protocol-relative where a URL stands on its own. */
const absoluteUrl =
  /https?:\/\/[a-z0-9][a-z0-9.-]*[^\s"'`)<>]*|(?<=^\s*|url\(\s*['"]?)\/\/[a-z0-9][^\s"'`)<>]*/gi;

/**
 * Absolute URLs that libraries carry as names, never as addresses to load: XML namespaces (Preact, for
 * SVG and MathML), JSON Schema dialect names (zod), and links in the text of messages (pdf-lib's error
 * messages, those of iconv-lite inside fontkit, workbox's console warning in the service worker), the
 * namespaces of a PDF's XMP metadata. And the site's own address, which a
 * certificate prints as where to verify it: the one set at build in MELDCODE_SITE (the tests run with
 * the build's environment) and the default.
 */
const namesNotAddresses = [
  siteAddress(process.env.MELDCODE_SITE),
  DEFAULT_SITE,
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'https://json-schema.org/draft/',
  'http://json-schema.org/draft-',
  'https://github.com/Hopding/pdf-lib',
  'https://github.com/ashtuchkin/iconv-lite/wiki/',
  'https://bit.ly/wb-precache',
  // The XMP metadata of a PDF/A certificate (pdf-archival.ts): namespaces, and the ICC's registry name
  // in the output intent.
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.aiim.org/pdfa/ns/id/',
  'http://purl.org/dc/elements/1.1/',
  'http://ns.adobe.com/xap/1.0/',
  'http://ns.adobe.com/pdf/1.3/',
  'http://www.color.org',
];
const outside = (text: string) =>
  (text.match(absoluteUrl) ?? []).filter(
    (url) => !url.includes('//127.0.0.1') && !namesNotAddresses.some((name) => url.startsWith(name)),
  );

/** Attributes that make the browser load something (a link's href is a place to go, not a load). */
const loading: [selector: string, attribute: string][] = [
  ['[src]', 'src'],
  ['[srcset]', 'srcset'],
  ['[poster]', 'poster'],
  ['object[data]', 'data'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['[formaction]', 'formaction'],
  ['meta[http-equiv]', 'content'],
  ['[style]', 'style'],
  ['a[ping]', 'ping'],
];

test('no page, script or style sheet loads anything from another host', () => {
  const found: string[] = [];
  for (const { file, root } of html) {
    for (const [selector, attribute] of loading)
      for (const element of root.querySelectorAll(selector))
        for (const url of outside(element.getAttribute(attribute) ?? ''))
          found.push(`${file} <${element.rawTagName} ${attribute}>: ${url}`);
    for (const element of root.querySelectorAll('script, style'))
      for (const url of outside(element.textContent)) found.push(`${file} <${element.rawTagName}>: ${url}`);
  }
  for (const file of files.filter((name) => /\.(m?js|css)$/.test(name)))
    for (const url of outside(read(file))) found.push(`${file}: ${url}`);
  expect(html.length).toBeGreaterThan(0);
  expect(found).toEqual([]);
});

test('every page starts its headings at h1 and skips no level', () => {
  const found: string[] = [];
  for (const { file, root } of html) {
    let previous = 0;
    for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.rawTagName.slice(1));
      if (level > previous + 1)
        found.push(
          `${file}: <h${level}> "${heading.textContent.trim()}" follows ${previous ? `<h${previous}>` : 'the start of the page'}`,
        );
      previous = level;
    }
  }
  expect(found).toEqual([]);
});

test('no page uses an id twice', () => {
  const found: string[] = [];
  for (const { file, root } of html) {
    const ids = root.querySelectorAll('[id]').map((element: HTMLElement) => element.id);
    const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    if (twice.length > 0) found.push(`${file}: ${twice.join(', ')}`);
  }
  expect(found).toEqual([]);
});

test('every begrip is explained on /begrippen/ and linked once, from its first use, in the lessons that use it', () => {
  const glossary = html.find(({ file }) => file === join('begrippen', 'index.html'))!.root;
  const explained = new Set(glossary.querySelectorAll('.begrip[id]').map((entry) => entry.id));
  expect(explained.size).toBeGreaterThan(20);
  const linkedFrom = new Map<string, number>();
  const problems: string[] = [];
  for (const { file, root } of html) {
    const ids = root.querySelectorAll('main a.begrip-link').map((a) => {
      const id = /^\/begrippen\/#(.+)$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '?';
      if (!explained.has(id)) problems.push(`${file}: ${a.getAttribute('href')} explains nothing`);
      if (a.closest('h1, h2, h3, h4, h5, h6, a a'))
        problems.push(`${file}: a begrip linked inside a heading`);
      return id;
    });
    for (const id of new Set(ids)) linkedFrom.set(id, (linkedFrom.get(id) ?? 0) + 1);
    if (new Set(ids).size !== ids.length) problems.push(`${file}: a begrip linked more than once`);
  }
  for (const id of explained) if (!linkedFrom.has(id)) problems.push(`begrip "${id}" is used in no lesson`);
  expect(problems).toEqual([]);
});
