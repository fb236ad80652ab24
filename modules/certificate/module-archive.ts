/**
 * The archive of one module: every edition a certificate may name, frozen, beside the case archives
 * as `content/archief/modules/<module-id>.json`. Written only by `npm run archive:content`, which
 * appends the current edition when it is new; never edited by hand. Shape of version 1:
 *
 * {
 *   "kind": "modulearchief",
 *   "version": 1,
 *   "moduleId": "onderwijs",
 *   "editions": [
 *     {
 *       "contentVersion": "sha256:5be1…",
 *       "name": "Onderwijs",
 *       "archivedOn": "2026-12-02",
 *       "minutes": 95,
 *       "lessons": ["onderwijs/waarom-de-meldcode"],
 *       "questions": ["onderwijs/waarom-de-meldcode#wie-heeft-een-meldcode"],
 *       "cases": [{ "id": "daan-blauwe-plekken", "version": 1, "hash": "sha256:64b4…" }]
 *     }
 *   ]
 * }
 *
 * Each edition is a ModuleEdition (module-edition.ts) without its id (the archive's `moduleId`), plus
 * the module's name when it was archived (shown by verification; not part of the hash) and the date.
 * Reading checks that every edition hashes to its `contentVersion` (see archivedEdition).
 */
import { z } from 'zod';
import { readVersioned, type ReadResult, type VersionedSpec } from '../versioned/read-versioned.ts';
import { editionHash, type ModuleEdition } from './module-edition.ts';

export const MODULE_ARCHIVE_KIND = 'modulearchief';
export const MODULE_ARCHIVE_VERSION = 1;

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const archivedEditionSchema = z.strictObject({
  contentVersion: hash,
  name: z.string().min(1),
  archivedOn: z.iso.date(),
  minutes: z.int().min(0),
  lessons: z.array(z.string().min(1)),
  questions: z.array(z.string().min(1)),
  cases: z.array(z.strictObject({ id: z.string().min(1), version: z.int().min(1), hash })),
});
export type ArchivedEdition = z.output<typeof archivedEditionSchema>;

export const moduleArchiveSchema = z.strictObject({
  kind: z.literal(MODULE_ARCHIVE_KIND),
  version: z.literal(MODULE_ARCHIVE_VERSION),
  moduleId: z.string().min(1),
  editions: z.array(archivedEditionSchema).min(1),
});
export type ModuleArchive = z.output<typeof moduleArchiveSchema>;

const spec: VersionedSpec<ModuleArchive> = {
  kind: MODULE_ARCHIVE_KIND,
  name: 'modulearchief',
  article: 'het',
  current: MODULE_ARCHIVE_VERSION,
  schema: moduleArchiveSchema,
  migrations: {},
};

/** Reads a module archive (JSON text or parsed), in the browser or in Node; never throws. */
export function readModuleArchive(data: unknown): ReadResult<ModuleArchive> {
  return readVersioned(data, spec);
}

/** The archived edition as a ModuleEdition, or `null` when its content no longer hashes to its version. */
export async function archivedEdition(
  moduleId: string,
  entry: ArchivedEdition,
): Promise<(ModuleEdition & { name: string }) | null> {
  const { contentVersion, name, minutes, lessons, questions, cases } = entry;
  const edition = { id: moduleId, minutes, lessons, questions, cases };
  return (await editionHash(edition)) === contentVersion ? { ...edition, contentVersion, name } : null;
}
