import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import { launchPage } from './package-files.ts';

/** A module as the scope needs it: its id, and its sector (`algemeen` is the basis module). */
export interface ScopeModule {
  id: string;
  sector: Sector;
}

/**
 * What a package holds of the built site. An organisation that assigns one module expects that
 * module, not the whole platform: a module's package holds its own pages, those of the basis module
 * it builds on (a sector module's cases link to the basis lessons), and the shared pages that are not
 * a list of every module (naslag and wijzer live in the module's folder; begrippen, over, zoeken,
 * voortgang and organisatie stay). The home page and the general wijzer lead to every module: in a
 * module's package their links lead to the module's page and its own wijzer instead.
 */
export interface PackageScope {
  /** The modules the package launches (one AU or SCO each). */
  launched: string[];
  /** The modules whose pages the package holds, the launched ones first. */
  modules: string[];
  /** Whether the file at `path` (relative to the site's root, `/` separated) belongs in the package. */
  holds(path: string): boolean;
  /** A root-relative reference as the package has it, e.g. `/` → `/onderwijs/`; others unchanged. */
  redirect(reference: string): string;
}

/** The scope of a package that launches `launched`; every module of the site is in `all`. */
export function packageScope(launched: readonly string[], all: readonly ScopeModule[]): PackageScope {
  const ids = new Set(all.map((m) => m.id));
  for (const id of launched) if (!ids.has(id)) throw new Error(`Onbekende module in een pakket: ${id}`);
  const basis = all.filter((m) => m.sector === 'algemeen').map((m) => m.id);
  const buildsOnBasis = launched.some((id) => !basis.includes(id));
  const modules = [...new Set([...launched, ...(buildsOnBasis ? basis : [])])];
  const everything = modules.length === ids.size;
  const launchPages = new Set(launched.map(launchPage));
  // Only a package of one module points the site's general pages at it; a package of every module keeps them.
  const home = launched.length === 1 && !everything ? launched[0] : null;
  const moved: Record<string, string> = home ? { '/': `/${home}/`, '/wijzer/': `/${home}/wijzer/` } : {};
  const left = new Set(home ? ['index.html', 'wijzer/index.html'] : []);
  return {
    launched: [...launched],
    modules,
    holds(path) {
      if (path.startsWith('lms/')) return launchPages.has(path);
      if (left.has(path)) return false;
      const first = path.split('/')[0];
      return !ids.has(first) || modules.includes(first);
    },
    redirect(reference) {
      const [, path, rest] = /^([^?#]*)(.*)$/.exec(reference)!;
      const to = moved[path] ?? moved[`${path}/`];
      return to === undefined ? reference : to + rest;
    },
  };
}

/** The file of a root-relative page address, e.g. `/onderwijs/les/#vraag` → `onderwijs/les/index.html`. */
export function pageFile(address: string): string {
  const path = /^\/?([^?#]*)/.exec(address)![1];
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
