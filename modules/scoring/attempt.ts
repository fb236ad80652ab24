/**
 * An attempt: one learner's versioned decision log for one case. Scores are never stored; they are
 * recomputed by replaying the log (see score-attempt.ts). Shape of version 2:
 *
 * {
 *   "kind": "poging",
 *   "version": 2,
 *   "caseId": "kinderopvang-blauwe-plekken",
 *   "caseVersion": 1,
 *   "caseHash": "sha256:9f2c…",
 *   "startedAt": "2026-11-22T09:00:00.000Z",
 *   "seed": 2718281828,
 *   "events": [{ "node": "eerste-signalen", "choice": "feiten-noteren", "at": "2026-11-22T09:01:10.000Z" }]
 * }
 *
 * `seed` (a uint32) fixes the shuffled order in which this attempt shows the choices at each node
 * (see choice-order.ts), so a replay shows the learner what they saw. `seed: null` means the choices
 * were shown in written order: that is how version 1 showed them, and it had no seed, so migrated
 * version 1 attempts get `seed: null`. Version 1 had no `kind` marker either; it is recognised by
 * its `caseId`.
 */
import * as shape from '../versioned/shape.ts';
import { readVersioned, type ReadResult, type VersionedSpec } from '../versioned/read-versioned.ts';
import { ATTEMPT_KIND, ATTEMPT_VERSION } from './attempt-start.ts';

// Starting an attempt and naming it need no checking code: they live in attempt-start.ts (a case page
// loads that before the first choice, and this file only when it reads or saves progress).
export { ATTEMPT_KIND, ATTEMPT_VERSION, attemptId, startAttempt } from './attempt-start.ts';

// Checked with versioned/shape.ts rather than zod: attempts are read in the browser (see there why).
export const attemptEventSchema = shape.object({
  node: shape.string(undefined, 1),
  choice: shape.string(undefined, 1),
  at: shape.optional(shape.isoDateTime()),
});
export type AttemptEvent = shape.Infer<typeof attemptEventSchema>;

/** Fixes the per-attempt order of choices; `null` means written order (attempts from before version 2). */
export const seedSchema = shape.nullable(shape.int(0, 0xffffffff));
export type Seed = shape.Infer<typeof seedSchema>;

export const attemptSchema = shape.object({
  kind: shape.literal(ATTEMPT_KIND),
  version: shape.literal(ATTEMPT_VERSION),
  caseId: shape.string(undefined, 1),
  caseVersion: shape.int(1),
  caseHash: shape.string(/^sha256:[0-9a-f]{64}$/),
  startedAt: shape.isoDateTime(),
  seed: seedSchema,
  events: shape.array(attemptEventSchema),
});
export type Attempt = shape.Infer<typeof attemptSchema>;

const attemptSpec: VersionedSpec<Attempt> = {
  kind: ATTEMPT_KIND,
  name: 'poging',
  article: 'de',
  current: ATTEMPT_VERSION,
  schema: attemptSchema,
  migrations: {
    // Version 1 showed the choices in written order and kept no seed.
    1: (old) => ({ ...old, seed: null }),
  },
  unmarked: { upTo: 1, recognise: (record) => 'caseId' in record },
};

/** Reads a stored attempt (JSON text or parsed) of any known version, migrating it; never throws. */
export function readAttempt(data: unknown): ReadResult<Attempt> {
  return readVersioned(data, attemptSpec);
}
