import type { CompiledCase } from '../case/compile-case.ts';
import type { ArchivedVersion, CaseArchive } from './case-archive.ts';
import { compileArchivedVersion } from './compile-archived-version.ts';
import { hashCase } from './hash-case.ts';

/** Why an archived case could not be given; callers switch on the code, people read the message. */
export type ArchivedCaseCode =
  /** No archive for this case id. */
  | 'onbekende-casus'
  /** The case is archived, but not this version. */
  | 'onbekende-versie'
  /** This version is archived with another hash than the one asked for. */
  | 'andere-hash'
  /** The archived text does not hash to its recorded hash, or no longer compiles. */
  | 'beschadigd';

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
  const fail = (code: ArchivedCaseCode, message: string) => ({ ok: false, code, message }) as const;
  const record = archive.find((candidate) => candidate.caseId === id);
  if (!record) return fail('onbekende-casus', `De casus "${id}" staat niet in het archief van deze cursus.`);
  const archived = record.versions.find((entry) => entry.version === version);
  if (!archived) {
    const known = record.versions.map((entry) => entry.version).join(', ');
    return fail(
      'onbekende-versie',
      `Versie ${version} van de casus "${id}" staat niet in het archief (bekend: versie ${known}).`,
    );
  }
  if (archived.hash !== hash)
    return fail(
      'andere-hash',
      `De casus "${id}" versie ${version} in het archief heeft een andere inhoud dan het certificaat of de poging noemt (de hash verschilt): het hoort bij andere inhoud, of het is veranderd.`,
    );
  const damaged = fail(
    'beschadigd',
    `Het archief van de casus "${id}" versie ${version} is beschadigd; deze versie kan niet worden nagespeeld.`,
  );
  if ((await hashCase(archived.case)) !== archived.hash) return damaged;
  const compiled = compileArchivedVersion(id, archived);
  return compiled.ok ? { ok: true, compiled: compiled.compiled, archived } : damaged;
}
