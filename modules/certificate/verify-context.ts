/**
 * The archives a verifier needs, as one JSON document for the browser: the build writes it (from
 * loadVerifyContext in Node) and the organisation page's Web Worker reads it once. Shape:
 *
 * { "kind": "controlearchief", "version": 1, "cases": [<casusarchief>, …], "modules": [<modulearchief>, …] }
 *
 * Each entry is a case archive (scoring/case-archive.ts) or a module archive (module-archive.ts) as
 * stored in content/archief/. About 700 KB for 33 cases, 135 KB with gzip.
 */
import { readCaseArchive } from '../scoring/case-archive.ts';
import { readModuleArchive } from './module-archive.ts';
import type { VerifyContext } from './verify-certificate.ts';

export const VERIFY_CONTEXT_KIND = 'controlearchief';

/** The context as the JSON text the build serves. */
export function verifyContextJson(context: VerifyContext): string {
  return JSON.stringify({
    kind: VERIFY_CONTEXT_KIND,
    version: 1,
    cases: context.cases,
    modules: context.modules,
  });
}

/** Reads the served archives; a broken entry is left out and named in `problems`. Never throws. */
export function readVerifyContext(
  text: string,
): { ok: true; context: VerifyContext; problems: string[] } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const file = data as { kind?: unknown; version?: unknown; cases?: unknown; modules?: unknown } | undefined;
  if (!file || file.kind !== VERIFY_CONTEXT_KIND || file.version !== 1)
    return {
      ok: false,
      message: 'Het archief voor de controle kan niet worden gelezen. Laad de pagina opnieuw.',
    };
  const context: { cases: VerifyContext['cases'][number][]; modules: VerifyContext['modules'][number][] } = {
    cases: [],
    modules: [],
  };
  const problems: string[] = [];
  for (const entry of Array.isArray(file.cases) ? file.cases : []) {
    const read = readCaseArchive(entry);
    if (read.ok) context.cases.push(read.value);
    else problems.push(read.message);
  }
  for (const entry of Array.isArray(file.modules) ? file.modules : []) {
    const read = readModuleArchive(entry);
    if (read.ok) context.modules.push(read.value);
    else problems.push(read.message);
  }
  return { ok: true, context, problems };
}
