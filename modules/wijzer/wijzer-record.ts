import { z } from 'zod';
import { sectorSchema } from '../beroepsgroep/beroepsgroep.schema.ts';
import type { StappenplanEvent } from '../stappenplan/stappenplan.machine.ts';
import { readVersioned, type ReadResult } from '../versioned/read-versioned.ts';
import { resumeWijzer, type WijzerRun } from './wijzer-run.ts';

/**
 * A wijzer situation saved on this device, only when the professional asks ("Bewaar op dit
 * apparaat"), and deleted when they ask. It holds steps and choices, never names. Version 1:
 *
 *   {
 *     "kind": "wijzer",
 *     "version": 1,
 *     "beroepsgroep": "onderwijs",
 *     "sector": "onderwijs",
 *     "client": "kind",
 *     "events": [{ "type": "signalen.vastleggen" }, { "type": "overleg.voeren", "met": "collega" }],
 *     "note": "",
 *     "savedAt": "2026-03-14T10:42:00.000Z"
 *   }
 *
 * The events are checked by replaying them on the stappenplan machine (restoreWijzer), so a record
 * that no longer fits the machine is reported, not half-restored.
 */
export const WIJZER_KIND = 'wijzer';
export const WIJZER_VERSION = 1;

export const wijzerRecordSchema = z.strictObject({
  kind: z.literal(WIJZER_KIND),
  version: z.literal(WIJZER_VERSION),
  beroepsgroep: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  sector: sectorSchema,
  client: z.enum(['kind', 'volwassene']),
  events: z.array(z.looseObject({ type: z.string() })).max(200),
  note: z.string().max(2000),
  savedAt: z.iso.datetime(),
});
export type WijzerRecord = z.output<typeof wijzerRecordSchema>;

/** The record to save for a run and its note. */
export function wijzerRecord(run: WijzerRun, note: string, savedAt: Date): WijzerRecord {
  return {
    kind: WIJZER_KIND,
    version: WIJZER_VERSION,
    ...run.setup,
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
    schema: wijzerRecordSchema,
    migrations: {},
    maxLength: 100_000,
  });
}

/** The run a record stands for, or undefined when its events no longer fit the stappenplan. */
export function restoreWijzer(record: WijzerRecord): WijzerRun | undefined {
  const { beroepsgroep, sector, client } = record;
  return resumeWijzer({ beroepsgroep, sector, client }, record.events as unknown as StappenplanEvent[]);
}
