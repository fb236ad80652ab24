/**
 * The archive of one case: every version ever published, frozen, so a certificate that names a case's
 * id, version and hash still verifies after the case's text has moved on. It lives beside the content
 * as `content/archief/<case-id>.json`, is written only by `npm run archive:content` and is never edited
 * by hand: a version, once archived, never changes. Shape of version 1:
 *
 * {
 *   "kind": "casusarchief",
 *   "version": 1,
 *   "caseId": "daan-blauwe-plekken",
 *   "versions": [
 *     {
 *       "version": 1,
 *       "hash": "sha256:64b4…",
 *       "beroepsgroep": "onderwijs",
 *       "sector": "onderwijs",
 *       "passPercentage": 70,
 *       "archivedOn": "2026-12-02",
 *       "case": { "id": "daan-blauwe-plekken", "version": 1, "title": "Blauwe plekken bij Daan", … }
 *     }
 *   ]
 * }
 *
 * `case` is the case as authored (what its YAML said, before schema defaults: see hash-case.ts) and
 * `hash` is hashCase of it. `sector` and `passPercentage` (the effective pass mark: the case's own, or
 * else its module's) are kept because they come from the beroepsgroep, not the case, and they change
 * how a log is replayed and judged. Versions are in ascending order.
 */
import { z } from 'zod';
import { sectorSchema } from '../beroepsgroep/beroepsgroep.schema.ts';
import { readVersioned, type ReadResult, type VersionedSpec } from '../versioned/read-versioned.ts';

export const CASE_ARCHIVE_KIND = 'casusarchief';
export const CASE_ARCHIVE_VERSION = 1;

/** One frozen version of a case, with what it needs to be replayed and judged as it was. */
export const archivedVersionSchema = z.strictObject({
  version: z.int().min(1),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  beroepsgroep: z.string().min(1),
  sector: sectorSchema,
  passPercentage: z.int().min(1).max(100),
  archivedOn: z.iso.date(),
  case: z.record(z.string(), z.unknown()),
});
export type ArchivedVersion = z.output<typeof archivedVersionSchema>;

export const caseArchiveSchema = z
  .strictObject({
    kind: z.literal(CASE_ARCHIVE_KIND),
    version: z.literal(CASE_ARCHIVE_VERSION),
    caseId: z.string().min(1),
    versions: z.array(archivedVersionSchema).min(1),
  })
  .superRefine((archive, ctx) => {
    // Each entry must be the case it claims to be, so a lookup by id and version finds the right text.
    archive.versions.forEach((entry, i) => {
      if (entry.case.id !== archive.caseId)
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'case', 'id'], message: 'another case' });
      if (entry.case.version !== entry.version)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'case', 'version'],
          message: 'another version',
        });
      if (i > 0 && entry.version <= archive.versions[i - 1].version)
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'version'], message: 'not ascending' });
    });
  });
export type CaseArchive = z.output<typeof caseArchiveSchema>;

const caseArchiveSpec: VersionedSpec<CaseArchive> = {
  kind: CASE_ARCHIVE_KIND,
  name: 'casusarchief',
  article: 'het',
  current: CASE_ARCHIVE_VERSION,
  schema: caseArchiveSchema,
  migrations: {},
};

/** Reads a case archive (JSON text or parsed), in the browser or in Node; never throws. */
export function readCaseArchive(data: unknown): ReadResult<CaseArchive> {
  return readVersioned(data, caseArchiveSpec);
}
