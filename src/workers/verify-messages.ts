import type { RegisterVerdict } from '../../modules/certificate/register-csv.ts';

/** From the page to a verify worker: where the archives are, then files to check (each with the page's id). */
export type ToWorker =
  { type: 'context'; url: string } | { type: 'files'; files: { id: number; file: Blob }[] };

/**
 * From a verify worker: the archives are loaded (`ready`), the verdicts for a batch of files (without
 * the records, to keep the message small; one message per batch, as each message costs the page a
 * task), or a failure to start.
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'verdicts'; verdicts: { id: number; verdict: RegisterVerdict }[] }
  | { type: 'failed'; message: string };
