import type { RegisterVerdict } from '../../modules/certificate/register-csv.ts';
import type { FromWorker, ToWorker } from '../workers/verify-messages.ts';

/**
 * Files sent to a worker in one message: posting a picked File costs the page a round trip to the
 * browser, about half as much per file when several go in one message.
 */
const BATCH = 16;
/**
 * Batches a worker holds at most. Those round trips are slow when the machine is busy (a few
 * milliseconds a file), so the page sends files well ahead: a worker that finishes a batch has the
 * next ones waiting and does not sit idle while the page posts more. The worker reads only a few of
 * them at a time (verify-worker.ts), so files held ahead cost little memory.
 */
const AHEAD = 4;
/**
 * How long a worker that holds files may stay silent before it is taken as dead (a crash that fires no
 * event, such as running out of memory): after it has loaded the archives, a file takes it at most a
 * second or two (read-certificate-file.ts limits what a file may cost), so half a minute is plenty;
 * before, it may be loading them over a slow connection.
 */
const STALL_MS = 30_000;
const LOAD_MS = 120_000;
/** Workers started in place of dead ones, at most: a worker that cannot run at all must not loop. */
const MAX_REPLACEMENTS = 8;

export interface PoolCallbacks {
  verdict(index: number, verdict: RegisterVerdict): void;
  failed(message: string): void;
  done(): void;
}

/** What the pool needs of a Web Worker (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface PoolOptions {
  /** Why a file a dead worker held was not checked, in plain Dutch: it fired an error, or fell silent. */
  reasons: { error: string; stalled: string };
  /** How many workers (default: workerCount()). */
  count?: number;
  createWorker?: () => WorkerLike;
  stallMs?: number;
  loadMs?: number;
}

/** How many workers: one per core the browser reports, at least one, at most four. */
export function workerCount(cores = navigator.hardwareConcurrency || 2): number {
  return Math.max(1, Math.min(4, cores));
}

function verifyWorker(): WorkerLike {
  return new Worker(new URL('../workers/verify-worker.ts', import.meta.url), {
    type: 'module',
  }) as WorkerLike;
}

interface Slot {
  worker: WorkerLike;
  /** The files sent to it and not yet answered. */
  held: Set<number>;
  /** It has loaded the archives (said `ready`). */
  ready: boolean;
  timer?: ReturnType<typeof setTimeout>;
  feed(): void;
}

/**
 * Verifies files in Web Workers (src/workers/verify-worker.ts), each worker sent batches ahead (up to
 * AHEAD) and one more for each answer; a worker refuses a file of 1 MB or more from its size, unread.
 * A worker that dies (an error event, a message that cannot be read, or silence while it holds files)
 * is ended and replaced, and the files it held are reported as not checked (code `niet-gecontroleerd`,
 * with the reason), so the batch always finishes. Every file gets one verdict. Returns a stop function.
 */
export function verifyInWorkers(
  files: readonly File[],
  contextUrl: string,
  on: PoolCallbacks,
  options: PoolOptions,
): () => void {
  const {
    reasons,
    createWorker = verifyWorker,
    stallMs = STALL_MS,
    loadMs = LOAD_MS,
    count = workerCount(),
  } = options;
  let next = 0;
  let left = files.length;
  let stopped = false;
  let replacements = 0;
  const answered = new Uint8Array(files.length);
  const live = new Set<Slot>();
  const finish = (index: number, verdict: RegisterVerdict) => {
    if (stopped || answered[index]) return;
    answered[index] = 1;
    on.verdict(index, verdict);
    if (--left > 0) return;
    stop();
    on.done();
  };
  const notChecked = (reason: string): RegisterVerdict => ({
    status: 'ongeldig',
    code: 'niet-gecontroleerd',
    reason,
  });
  // File.size of a picked file can cost a synchronous round trip to the browser: the workers read it
  // (readCertificateFile refuses 1 MB or more from the size, before reading), not the page.
  const take = (): number[] => {
    const batch: number[] = [];
    while (batch.length < BATCH && next < files.length) batch.push(next++);
    return batch;
  };

  function start(): Slot {
    const worker = createWorker();
    const slot: Slot = { worker, held: new Set(), ready: false, feed };
    live.add(slot);
    // Watched while it holds files: each word from it starts the wait again.
    const watch = () => {
      clearTimeout(slot.timer);
      slot.timer =
        slot.held.size > 0
          ? setTimeout(() => die(slot, reasons.stalled), slot.ready ? stallMs : loadMs)
          : undefined;
    };
    function feed() {
      const batch = take();
      if (batch.length === 0) return;
      for (const id of batch) slot.held.add(id);
      worker.postMessage({ type: 'files', files: batch.map((id) => ({ id, file: files[id]! })) });
      watch();
    }
    worker.onmessage = ({ data }) => {
      if (stopped || !live.has(slot)) return;
      if (data.type === 'failed') {
        stop();
        on.failed(data.message);
        return;
      }
      if (data.type === 'ready') {
        slot.ready = true;
        watch();
        return;
      }
      // A verdict for a file it does not hold is not counted.
      for (const { id, verdict } of data.verdicts) if (slot.held.delete(id)) finish(id, verdict);
      if (stopped) return;
      watch();
      // One batch per answer (of at most one batch): a task that posts many files holds up the page.
      if (slot.held.size <= (AHEAD - 1) * BATCH) feed();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      die(slot, reasons.error);
    };
    worker.onmessageerror = () => die(slot, reasons.error);
    worker.postMessage({ type: 'context', url: contextUrl });
    return slot;
  }

  /** Sends a worker `batches` batches, one a task (posting picked files costs the page time). */
  function fill(slot: Slot, batches: number) {
    slot.feed();
    if (batches > 1)
      setTimeout(() => {
        if (!stopped && live.has(slot)) fill(slot, batches - 1);
      });
  }

  function die(slot: Slot, reason: string) {
    if (stopped || !live.delete(slot)) return;
    clearTimeout(slot.timer);
    slot.worker.terminate();
    const lost = [...slot.held];
    slot.held.clear();
    // A new worker for the files not yet given out; the ones this one held are not tried again (one
    // of them may be what killed it).
    if (next < files.length && replacements < MAX_REPLACEMENTS) {
      replacements++;
      const fresh = start();
      fill(fresh, AHEAD);
    }
    for (const id of lost) finish(id, notChecked(reason));
    // No worker left: the files not given out cannot be checked either.
    if (live.size === 0) while (!stopped && next < files.length) finish(next++, notChecked(reason));
  }

  function stop() {
    stopped = true;
    for (const slot of live) {
      clearTimeout(slot.timer);
      slot.worker.terminate();
    }
    live.clear();
  }

  if (files.length === 0) queueMicrotask(on.done);
  const slots = Array.from({ length: files.length === 0 ? 0 : count }, start);
  for (const slot of slots) fill(slot, AHEAD);
  return stop;
}
