/**
 * One way to read any stored record that carries a `kind` marker and a `version` (an attempt, the
 * progress record, a certificate): parse, recognise, migrate step by step, validate, and come back
 * with a typed result instead of an exception, so every caller handles every failure the same way.
 *
 * Example, for a record kind that is at version 2 and was written without a marker in version 1:
 *
 *   const spec: VersionedSpec<Attempt> = {
 *     kind: 'poging',
 *     name: 'poging',
 *     article: 'de',
 *     current: 2,
 *     schema: attemptSchema,
 *     migrations: { 1: (old) => ({ ...old, seed: null }) }, // key: the version it upgrades from
 *     unmarked: { upTo: 1, recognise: (record) => 'caseId' in record },
 *   };
 *   const result = readVersioned(storedText, spec); // e.g. what a ProgressStore loaded
 *   if (result.ok) show(result.value); // result.migratedFrom says whether it was upgraded
 *   else tellLearner(result.message); // or switch on result.code: 'toekomstig' → offer a reload
 *
 * The reader sets `kind` and `version` after each migration itself, so a migration only changes
 * the fields. A string input is always taken as JSON text (a record is never a bare string).
 *
 * Any input is accepted: JSON text, or a value already parsed. A parsed value is first written to
 * JSON and read back, so it is read exactly as it would be after a save: getters, proxies, Dates,
 * cycles and other exotic values are settled (or refused) in that one step. Nothing here throws.
 */
import { readFailure, type ReadCode } from './read-failure.ts';
import type { SafeParse } from './shape.ts';

export type { ReadCode } from './read-failure.ts';

/** What reading gives: the current shape (and the version it was migrated from), or why not. */
export type ReadResult<T> =
  { ok: true; value: T; migratedFrom?: number } | { ok: false; code: ReadCode; message: string };

/** What reading needs of a schema: zod's `safeParse`, or a versioned/shape.ts shape, or any check like it. */
export interface RecordCheck<T> {
  safeParse(data: unknown): SafeParse<T>;
}

/** How to recognise, upgrade and check one kind of record. */
export interface VersionedSpec<T> {
  /** The marker stored in the record's `kind` field, e.g. `poging`. */
  kind: string;
  /** How a learner calls this record, in Dutch, without article: `poging`, `voortgang`. */
  name: string;
  article: 'de' | 'het';
  /** The version this site writes; newer records come from a newer site. */
  current: number;
  /** The shape of the current version, `kind` and `version` included: a zod schema or a versioned/shape.ts one. */
  schema: RecordCheck<T>;
  /** Upgrades keyed by the version they upgrade from; each returns the next version's fields. */
  migrations: Record<number, (old: Record<string, unknown>) => unknown>;
  /** Versions written before the marker existed: up to `upTo`, a record without `kind` is ours if `recognise` says so. */
  unmarked?: { upTo: number; recognise: (record: Record<string, unknown>) => boolean };
  /** Longest JSON text accepted, in characters; larger input is refused before parsing. */
  maxLength?: number;
}

/** Far above any real record (a full progress record is tens of kilobytes), far below what hurts a phone. */
export const DEFAULT_MAX_LENGTH = 5_000_000;

/** Reads a versioned record of the given kind, migrating older versions; never throws. */
export function readVersioned<T>(data: unknown, spec: VersionedSpec<T>): ReadResult<T> {
  const fail = (code: ReadCode, detail?: string | number) => readFailure(code, spec, detail);
  const text = toJsonText(data);
  if (text === undefined) return fail('niet-leesbaar');
  if (text.length > (spec.maxLength ?? DEFAULT_MAX_LENGTH)) return fail('niet-leesbaar', 'te-groot');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return fail('niet-leesbaar');
  }
  try {
    return upgrade(record, spec);
  } catch {
    // A migration or recogniser that meets a shape it did not expect means a damaged record, not a crash.
    return fail('beschadigd');
  }
}

function upgrade<T>(record: unknown, spec: VersionedSpec<T>): ReadResult<T> {
  const fail = (code: ReadCode, detail?: string | number) => readFailure(code, spec, detail);
  if (!isRecord(record)) return fail('vreemd');
  const from = record.version;
  const ours =
    record.kind === spec.kind ||
    (record.kind === undefined &&
      typeof from === 'number' &&
      spec.unmarked !== undefined &&
      from <= spec.unmarked.upTo &&
      spec.unmarked.recognise(record));
  if (!ours) return fail('vreemd');
  if (from === undefined) return fail('vreemd');
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return fail('beschadigd', 'version');
  if (from > spec.current) return fail('toekomstig', from);
  let current: Record<string, unknown> = record;
  for (let version = from; version < spec.current; version++) {
    const migrate = spec.migrations[version];
    if (!migrate) return fail('onbekende-versie', from);
    const next = migrate(current);
    if (!isRecord(next)) return fail('beschadigd');
    // The reader, not each migration, owns the marker and the counter, so no migration can loop or forget them.
    current = { ...next, kind: spec.kind, version: version + 1 };
  }
  const result = spec.schema.safeParse(current);
  if (!result.success) return fail('beschadigd', result.error.issues[0]?.path.join('.'));
  return from < spec.current
    ? { ok: true, value: result.data, migratedFrom: from }
    : { ok: true, value: result.data };
}

function toJsonText(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  try {
    return JSON.stringify(data);
  } catch {
    return undefined; // cycles, BigInt, getters or toJSON that throw
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
