import type { RegisterVerdict } from '../../modules/certificate/register-csv.ts';

/** From the page to a verify worker: where the archives are, then files to check (each with the page's id). */
export type ToWorker =
  { type: 'context'; url: string } | { type: 'files'; files: { id: number; file: Blob }[] };

/**
 * From a verify worker: the archives are loaded (`ready`), a verdict for a file (without the record, to
 * keep the message small), or a failure to start.
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'verdict'; id: number; verdict: RegisterVerdict }
  | { type: 'failed'; message: string };
