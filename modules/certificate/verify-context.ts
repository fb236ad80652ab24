/**
 * The archives a verifier needs, as one JSON document for the browser: the build writes it (from the
 * archives in content/archief, with verifyTables) and the organisation page's Web Workers read it
 * once. Shape of version 3:
 *
 * { "kind": "controlearchief", "version": 3, "tables": [<verify table>, …], "modules": [<modulearchief>, …] }
 *
 * Each table is the verify table (scoring/verify-table.ts) of one archived case version, made from
 * its hash-checked, compiled text; each module is a module archive (module-archive.ts) as stored.
 * No case text travels: about 60 KB for 33 cases, 10 KB with gzip. Version 3 names the category of
 * each critical miss in a table (`miss: "niet-melden"`, where version 2 had `miss: true`); the file
 * is made by each build and never kept, so an older one is refused and the page loads it again.
 */
import type { CaseArchive } from '../scoring/case-archive.ts';
import type { VerifyTable } from '../scoring/verify-table.ts';
import { readModuleArchive, type ModuleArchive } from './module-archive.ts';

export const VERIFY_CONTEXT_KIND = 'controlearchief';
export const VERIFY_CONTEXT_VERSION = 3;

/** What the browser verifies with: tables instead of case archives. */
export interface TableContext {
  tables: VerifyTable[];
  modules: ModuleArchive[];
}

/** The verify table of every archived case version; a version that fails its hash or no longer compiles is named in `problems`. */
export async function verifyTables(
  cases: readonly CaseArchive[],
): Promise<{ tables: VerifyTable[]; problems: string[] }> {
  const [{ loadArchivedCase }, { makeVerifyTable }] = await Promise.all([
    import('../scoring/load-archived-case.ts'),
    import('../scoring/make-verify-table.ts'),
  ]);
  const tables: VerifyTable[] = [];
  const problems: string[] = [];
  for (const archive of cases)
    for (const { version, hash } of archive.versions) {
      const loaded = await loadArchivedCase(cases, archive.caseId, version, hash);
      if (loaded.ok) tables.push(makeVerifyTable(loaded.compiled, hash));
      else problems.push(loaded.message);
    }
  return { tables, problems };
}

/** The context as the JSON text the build serves. */
export function verifyContextJson(context: TableContext): string {
  return JSON.stringify({
    kind: VERIFY_CONTEXT_KIND,
    version: VERIFY_CONTEXT_VERSION,
    tables: context.tables,
    modules: context.modules,
  });
}

/** Reads the served archives; a broken entry is left out and named in `problems`. Never throws. */
export function readVerifyContext(
  text: string,
): { ok: true; context: TableContext; problems: string[] } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const file = data as { kind?: unknown; version?: unknown; tables?: unknown; modules?: unknown } | undefined;
  if (!file || file.kind !== VERIFY_CONTEXT_KIND || file.version !== VERIFY_CONTEXT_VERSION)
    return {
      ok: false,
      message: 'Het archief voor de controle kan niet worden gelezen. Laad de pagina opnieuw.',
    };
  const context: TableContext = { tables: [], modules: [] };
  const problems: string[] = [];
  for (const entry of Array.isArray(file.tables) ? file.tables : []) {
    if (looksLikeTable(entry)) context.tables.push(entry);
    else problems.push('Een casus in het archief voor de controle is onleesbaar.');
  }
  for (const entry of Array.isArray(file.modules) ? file.modules : []) {
    const read = readModuleArchive(entry);
    if (read.ok) context.modules.push(read.value);
    else problems.push(read.message);
  }
  return { ok: true, context, problems };
}

/** The build made the tables; this only guards against a cut-off or foreign file. */
function looksLikeTable(entry: unknown): entry is VerifyTable {
  const t = entry as Partial<VerifyTable> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.id === 'string' &&
    typeof t.version === 'number' &&
    typeof t.hash === 'string' &&
    typeof t.title === 'string' &&
    Array.isArray(t.nodes) &&
    Array.isArray(t.states) &&
    t.states.length > 0 &&
    t.states.every((row) => Array.isArray(row) && row.every((n) => Number.isInteger(n)))
  );
}
