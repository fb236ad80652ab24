/**
 * An attempt: one learner's versioned decision log for one case. Scores are never stored; they are
 * recomputed by replaying the log (see score-attempt.ts). Shape of version 1:
 *
 * {
 *   "version": 1,
 *   "caseId": "kinderopvang-blauwe-plekken",
 *   "caseVersion": 1,
 *   "caseHash": "sha256:9f2c…",
 *   "startedAt": "2026-11-22T09:00:00.000Z",
 *   "events": [{ "node": "eerste-signalen", "choice": "feiten-noteren", "at": "2026-11-22T09:01:10.000Z" }]
 * }
 */
import { z } from 'zod';

export const ATTEMPT_VERSION = 1;

export const attemptEventSchema = z.strictObject({
  node: z.string().min(1),
  choice: z.string().min(1),
  at: z.iso.datetime().optional(),
});
export type AttemptEvent = z.output<typeof attemptEventSchema>;

export const attemptSchema = z.strictObject({
  version: z.literal(ATTEMPT_VERSION),
  caseId: z.string().min(1),
  caseVersion: z.int().min(1),
  caseHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  startedAt: z.iso.datetime(),
  events: z.array(attemptEventSchema),
});
export type Attempt = z.output<typeof attemptSchema>;

/** Migrations from an older version to the next; each key is the version it upgrades from. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Reads a stored attempt of any known version, migrating it; throws a plain-language error otherwise. */
export function readAttempt(data: unknown): Attempt {
  let current = data as Record<string, unknown>;
  if (typeof current !== 'object' || current === null || typeof current.version !== 'number') {
    throw new Error('Dit is geen poging: het versienummer ontbreekt.');
  }
  if (current.version > ATTEMPT_VERSION) {
    throw new Error(`Deze poging komt uit een nieuwere versie (${current.version}) van de cursus.`);
  }
  while ((current.version as number) < ATTEMPT_VERSION) {
    const migrate = migrations[current.version as number];
    if (!migrate) throw new Error(`Poging met versie ${current.version} kan niet worden gelezen.`);
    current = migrate(current);
  }
  const result = attemptSchema.safeParse(current);
  if (!result.success) throw new Error('De poging is beschadigd en kan niet worden gelezen.');
  return result.data;
}
