import type { ChunkingContext } from 'rolldown';
import type { Plugin } from 'vite';

/** What plays a case: the case page's player and the leertafel. */
const CASE_ISLANDS = /[\\/]src[\\/]islands[\\/](CasePlayer|leertafel[\\/]Leertafel)\.tsx$/;

/**
 * Whether an entry plays a case: it is one of CASE_ISLANDS (as an Astro island) or a page's script that
 * wakes one (PageIsland.astro).
 */
function playsCase(entry: string, ctx: ChunkingContext): boolean {
  return (
    CASE_ISLANDS.test(entry) ||
    (ctx.getModuleInfo(entry)?.importedIds ?? []).some((id) => CASE_ISLANDS.test(id))
  );
}

/**
 * The chunk of a client module for Rolldown's `codeSplitting.groups` (astro.config.mjs): `case` for every
 * module that both case islands (the player and the leertafel) load when their page opens and that no
 * other island uses, not even later: the case run around the stappenplan machine, the diagram, the
 * moment's view. A case page then fetches them as one file instead of several. Null for the rest: the
 * islands themselves and what only one of them uses (Rolldown keeps that in the island's own file), what
 * another island also uses (so no other page loads more), and what loads only later. On slow 4G over
 * HTTP/1.1 each file more can cost a round trip (tests/bench/slow-network.ts).
 */
export function caseChunk(id: string, ctx: ChunkingContext): 'case' | null {
  if (CASE_ISLANDS.test(id)) return null;
  const roots = rootsOf(id, ctx, new Set());
  const initial = [...roots].some((root) => playsCase(root, ctx));
  const islands = new Set([...roots].flatMap((root) => [...islandsOf(root, ctx, new Set())]));
  return initial && islands.size === 2 && [...islands].every((island) => playsCase(island, ctx))
    ? 'case'
    : null;
}

/** The modules from which `id` is reached by static imports only: entries and dynamically imported modules. */
function rootsOf(id: string, ctx: ChunkingContext, seen: Set<string>): Set<string> {
  const roots = new Set<string>();
  if (seen.has(id)) return roots;
  seen.add(id);
  const info = ctx.getModuleInfo(id);
  if (!info) return roots;
  if (info.isEntry || info.dynamicImporters.length > 0 || info.importers.length === 0) roots.add(id);
  for (const importer of info.importers) for (const root of rootsOf(importer, ctx, seen)) roots.add(root);
  return roots;
}

/** The entries (islands, scripts) that load a root: itself, or for a dynamic import those of its importers. */
function islandsOf(root: string, ctx: ChunkingContext, seen: Set<string>): Set<string> {
  const info = ctx.getModuleInfo(root);
  if (!info || info.isEntry || info.dynamicImporters.length === 0 || seen.has(root)) return new Set([root]);
  seen.add(root);
  const importers = info.dynamicImporters.flatMap((importer) => [...rootsOf(importer, ctx, new Set())]);
  return new Set(importers.flatMap((importer) => [...islandsOf(importer, ctx, seen)]));
}

/**
 * The case and Preact groups keep shared modules out (`includeDependenciesRecursively: false`), which
 * Rolldown allows only when an entry chunk may export more than its module: `allow-extension` for the
 * client build (Astro sets `exports-only`, which the client build does not need: every island is
 * imported by its URL and the export it names, and extra exports change neither).
 */
export function caseChunkEntries(): Plugin {
  return {
    name: 'meldcode:case-chunk-entries',
    applyToEnvironment: (environment) => environment.name === 'client',
    options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
  };
}
