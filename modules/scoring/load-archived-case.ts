import type { CompiledCase } from '../case/compile-case.ts';
import type { ArchivedVersion, CaseArchive } from './case-archive.ts';
import { compileArchivedVersion } from './compile-archived-version.ts';
import { archivedCaseMessage, type ArchivedCaseCode } from './archived-case-messages.ts';
import { hashCase } from './hash-case.ts';

export type { ArchivedCaseCode };

/** The frozen case, ready for scoreAttempt, or a plain-Dutch reason why not. */
export type ArchivedCaseResult =
  | { ok: true; compiled: CompiledCase; archived: ArchivedVersion }
  | { ok: false; code: ArchivedCaseCode; message: string };

/**
 * The case a certificate or an attempt names (id, version, hash), compiled from the archive exactly
 * as it was published: its own text, sector and pass mark, whatever the case says today. Works in the
 * browser and in Node (reading the archive files is archive-files.ts, Node only).
 *
 * The hash is recomputed from the archived text rather than trusted from the record, so a match
 * proves that the log is replayed against exactly the content the certificate names. The case schema
 * must go on reading every archived case (a new field is optional or has a default, which the hash
 * never sees); `npm run lint:content` checks that every archived version still compiles.
 */
export async function loadArchivedCase(
  archive: readonly CaseArchive[],
  id: string,
  version: number,
  hash: string,
): Promise<ArchivedCaseResult> {
  const fail = (code: ArchivedCaseCode, known?: number[]) =>
    ({ ok: false, code, message: archivedCaseMessage(code, id, version, known) }) as const;
  const record = archive.find((candidate) => candidate.caseId === id);
  if (!record) return fail('onbekende-casus');
  const archived = record.versions.find((entry) => entry.version === version);
  if (!archived)
    return fail(
      'onbekende-versie',
      record.versions.map((entry) => entry.version),
    );
  if (archived.hash !== hash) return fail('andere-hash');
  const damaged = fail('beschadigd');
  if ((await hashCase(archived.case)) !== archived.hash) return damaged;
  const compiled = compileArchivedVersion(id, archived);
  return compiled.ok ? { ok: true, compiled: compiled.compiled, archived } : damaged;
}
