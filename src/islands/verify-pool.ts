import type { RegisterVerdict } from '../../modules/certificate/register-csv.ts';
import type { FromWorker, ToWorker } from '../workers/verify-messages.ts';

/**
 * Files sent to a worker in one message: posting a picked File costs the page a round trip to the
 * browser, about half as much per file when several go in one message. A worker gets the next batch
 * when it holds no more than one; reading files is slow messaging too, so many overlap in a worker.
 */
const BATCH = 16;

export interface PoolCallbacks {
  verdict(index: number, verdict: RegisterVerdict): void;
  failed(message: string): void;
  done(): void;
}

/** How many workers: one per core the browser reports, at least one, at most four. */
export function workerCount(cores = navigator.hardwareConcurrency || 2): number {
  return Math.max(1, Math.min(4, cores));
}

/**
 * Verifies files in Web Workers (src/workers/verify-worker.ts), each worker fed a few at a time as it
 * answers; a worker refuses a file of 1 MB or more from its size, unread. Returns a stop function.
 */
export function verifyInWorkers(files: readonly File[], contextUrl: string, on: PoolCallbacks): () => void {
  let next = 0;
  let left = files.length;
  let stopped = false;
  const finish = (index: number, verdict: RegisterVerdict) => {
    on.verdict(index, verdict);
    if (--left > 0) return;
    stop();
    on.done();
  };
  // File.size of a picked file can cost a synchronous round trip to the browser: the workers read it
  // (readCertificateFile refuses 1 MB or more from the size, before reading), not the page.
  const take = (): number[] => {
    const batch: number[] = [];
    while (batch.length < BATCH && next < files.length) batch.push(next++);
    return batch;
  };
  const workers = Array.from({ length: files.length === 0 ? 0 : workerCount() }, () => {
    const worker = new Worker(new URL('../workers/verify-worker.ts', import.meta.url), { type: 'module' });
    const send = (message: ToWorker) => worker.postMessage(message);
    let held = 0;
    const feed = () => {
      const batch = take();
      if (batch.length === 0) return;
      held += batch.length;
      send({ type: 'files', files: batch.map((id) => ({ id, file: files[id]! })) });
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (stopped) return;
      if (data.type === 'failed') {
        stop();
        on.failed(data.message);
        return;
      }
      held--;
      finish(data.id, data.verdict);
      if (!stopped && held <= BATCH) feed();
    };
    send({ type: 'context', url: contextUrl });
    return { worker, feed };
  });
  function stop() {
    stopped = true;
    for (const { worker } of workers) worker.terminate();
  }
  if (files.length === 0) queueMicrotask(on.done);
  for (let i = 0; i < 2; i++) for (const w of workers) w.feed();
  return stop;
}
