import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { builtPages } from './site-files.ts';

// Pages of one type come from one template, so an axe scan of one page per type and variant finds what
// a scan of every page finds (`npm run test:pages` still scans every page). A page's type is the Astro
// route in src/pages that built it, so a new page file is a new type and is sampled by itself. Its
// variant is what changes the markup within a type: the elements in <main> (a lesson with a table, a
// naslag with the colleague route), the islands on the page, and for the pages of a case, who the
// client is, who is suspected and whether the case has an acute route.

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The route of every Astro page in src/pages, e.g. "/[beroepsgroep]/casussen/[casus]/leertafel/". */
export function pageRoutes(): string[] {
  const pages = join(root, 'src/pages');
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => {
      const path =
        '/' +
        file
          .split(sep)
          .join('/')
          .replace(/\.astro$/, '');
      if (path === '/404') return '/404.html';
      return path.replace(/(^|\/)index$/, '$1').replace(/([^/])$/, '$1/');
    })
    .sort();
}

/** The route that built a page: the one whose segments match, static segments before [parameters]. */
export function routeOf(path: string, routes = pageRoutes()): string | undefined {
  const segments = (route: string) => route.split('/').filter(Boolean);
  const parts = segments(path);
  const fits = routes.filter((route) => {
    const pattern = segments(route);
    return (
      pattern.length === parts.length &&
      pattern.every((segment, i) => segment === parts[i] || /^\[.+\]$/.test(segment))
    );
  });
  const staticness = (route: string) => segments(route).map((segment) => (segment.startsWith('[') ? 0 : 1));
  fits.sort((a, b) => {
    const [x, y] = [staticness(a), staticness(b)];
    const differ = x.findIndex((value, i) => value !== y[i]);
    return differ === -1 ? 0 : y[differ]! - x[differ]!;
  });
  return fits[0];
}

interface CaseFacets {
  client: string;
  verdachte?: string;
  nodes: { phase: string }[];
}

function caseFacets(): Map<string, string> {
  const folder = join(root, 'content/casussen');
  const facets = new Map<string, string>();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.yaml')) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    const found = parseYaml(text) as CaseFacets & { id: string; beroepsgroep: string };
    const acute = found.nodes.some((node) => node.phase === 'acuut') ? 'acuut' : 'niet-acuut';
    facets.set(
      `${found.beroepsgroep}/${found.id}`,
      `${found.client} ${found.verdachte ?? 'huiselijke-kring'} ${acute}`,
    );
  }
  return facets;
}

function htmlOf(path: string): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(root, 'dist', file), 'utf8');
}

/** What changes the markup within a page type: the elements in <main>, the islands, a case's facets. */
function variantOf(path: string, route: string, facets: Map<string, string>): string {
  const document = parse(htmlOf(path));
  const main = document.querySelector('main');
  const elements = new Set(main ? main.querySelectorAll('*').map((element) => element.rawTagName) : []);
  const islands = new Set(
    document
      .querySelectorAll('astro-island')
      .map((island) => /\/([\w-]+)\.[^/]*$/.exec(island.getAttribute('component-url') ?? '')?.[1] ?? '?'),
  );
  const [, group, , casus] = path.split('/');
  const client = route.includes('[casus]') ? facets.get(`${group}/${casus}`) : undefined;
  return [[...elements].sort().join(','), [...islands].sort().join(','), client ?? ''].join(' | ');
}

export interface PageType {
  route: string;
  variant: string;
  /** Every built page of this type and variant. */
  paths: string[];
}

/** Every built page in dist/, grouped by the route that built it and its variant. */
export function pageTypes(): PageType[] {
  const routes = pageRoutes();
  const facets = caseFacets();
  const types = new Map<string, PageType>();
  for (const path of builtPages()) {
    const route = routeOf(path, routes);
    if (!route) throw new Error(`${path}: no page in src/pages builds this address`);
    const variant = variantOf(path, route, facets);
    const key = `${route} ${variant}`;
    const type = types.get(key) ?? { route, variant, paths: [] };
    type.paths.push(path);
    types.set(key, type);
  }
  return [...types.values()];
}
