import type { Sector } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';
import { readVersioned, type ReadResult, type RecordCheck } from '../versioned/read-versioned.ts';
import { resumeWijzer, type WijzerRun } from './wijzer-run.ts';

/**
 * A wijzer situation saved on this device, only when the professional asks ("Bewaar op dit
 * apparaat"), and deleted when they ask. It holds steps and choices, never names. Version 1:
 *
 *   {
 *     "kind": "wijzer",
 *     "version": 1,
 *     "beroepsgroep": "onderwijs",
 *     "client": "kind",
 *     "events": [{ "type": "signalen.vastleggen" }, { "type": "overleg.voeren", "met": "collega" }],
 *     "note": "",
 *     "savedAt": "2026-03-14T10:42:00.000Z"
 *   }
 *
 * The events are checked by replaying them on the stappenplan machine (restoreWijzer), so a record
 * that no longer fits the machine is reported, not half-restored. The shape is checked by hand, not
 * with zod: the wijzer runs in the browser, and zod would triple its JavaScript.
 */
export const WIJZER_KIND = 'wijzer';
export const WIJZER_VERSION = 1;

export interface WijzerRecord {
  kind: typeof WIJZER_KIND;
  version: typeof WIJZER_VERSION;
  beroepsgroep: string;
  client: 'kind' | 'volwassene';
  events: { type: string; [field: string]: unknown }[];
  note: string;
  savedAt: string;
}

const fields = ['kind', 'version', 'beroepsgroep', 'client', 'events', 'note', 'savedAt'];

/** The first field of a stored record that does not fit version 1, or undefined when all fit. */
function wrongField(value: Record<string, unknown>): string | undefined {
  const isEvent = (event: unknown) =>
    typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string';
  const checks: Record<string, (field: unknown) => boolean> = {
    kind: (v) => v === WIJZER_KIND,
    version: (v) => v === WIJZER_VERSION,
    beroepsgroep: (v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
    client: (v) => v === 'kind' || v === 'volwassene',
    events: (v) => Array.isArray(v) && v.length <= 200 && v.every(isEvent),
    note: (v) => typeof v === 'string' && v.length <= 2000,
    savedAt: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  };
  return (
    fields.find((field) => !checks[field]!(value[field])) ??
    Object.keys(value).find((field) => !fields.includes(field))
  );
}

/** The check readVersioned runs on a stored record, shaped like zod's safeParse. */
export const wijzerRecordCheck: RecordCheck<WijzerRecord> = {
  safeParse(value) {
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const wrong = wrongField(record);
    return wrong === undefined
      ? { success: true, data: record as unknown as WijzerRecord }
      : { success: false, error: { issues: [{ path: [wrong] }] } };
  },
};

/** The record to save for a run and its note. */
export function wijzerRecord(run: WijzerRun, note: string, savedAt: Date): WijzerRecord {
  return {
    kind: WIJZER_KIND,
    version: WIJZER_VERSION,
    beroepsgroep: run.setup.beroepsgroep,
    client: run.setup.client,
    events: run.events.map((event) => ({ ...event })),
    note,
    savedAt: savedAt.toISOString(),
  };
}

/** Reads a saved record (JSON text or parsed); never throws. */
export function readWijzerRecord(data: unknown): ReadResult<WijzerRecord> {
  return readVersioned(data, {
    kind: WIJZER_KIND,
    name: 'bewaarde situatie',
    article: 'de',
    current: WIJZER_VERSION,
    schema: wijzerRecordCheck,
    migrations: {},
    maxLength: 100_000,
  });
}

/**
 * The run a record stands for, with the sector of its beroepsgroep; undefined when the group is gone
 * or its events no longer fit the stappenplan.
 */
export function restoreWijzer(record: WijzerRecord, sector: Sector | undefined): WijzerRun | undefined {
  if (!sector) return undefined;
  const { beroepsgroep, client } = record;
  return resumeWijzer({ beroepsgroep, sector, client }, record.events as unknown as StappenplanEvent[]);
}
