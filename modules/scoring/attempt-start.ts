import type { Attempt } from './attempt.ts';

/** The marker and current version of a stored attempt (attempt.ts has its shape and how it is read). */
export const ATTEMPT_KIND = 'poging';
export const ATTEMPT_VERSION = 2;

/** The identity of an attempt: its case, its start to the millisecond and its seed never change once it starts. */
export function attemptId(attempt: Pick<Attempt, 'caseId' | 'startedAt' | 'seed'>): string {
  return `${attempt.caseId}@${Date.parse(attempt.startedAt)}#${attempt.seed ?? 'geschreven'}`;
}

/** A new, empty attempt at the current version, with a fresh random seed. */
export function startAttempt(
  caseDef: { id: string; version: number },
  caseHash: string,
  now: Date = new Date(),
  seed: number = globalThis.crypto.getRandomValues(new Uint32Array(1))[0],
): Attempt {
  return {
    kind: ATTEMPT_KIND,
    version: ATTEMPT_VERSION,
    caseId: caseDef.id,
    caseVersion: caseDef.version,
    caseHash,
    startedAt: now.toISOString(),
    seed,
    events: [],
  };
}
