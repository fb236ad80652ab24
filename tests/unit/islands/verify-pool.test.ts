import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterVerdict } from '../../../modules/certificate/register-csv.ts';
import {
  verifyInWorkers,
  type PoolCallbacks,
  type PoolOptions,
  type WorkerLike,
} from '../../../src/islands/verify-pool.ts';
import type { FromWorker, ToWorker } from '../../../src/workers/verify-messages.ts';

// The organisation page's pool of verify workers, with fake workers: the page gives each worker a few
// files at a time; a worker that dies (an error event, a message that cannot be read, or silence: a
// crash that fires no event) is replaced, the files it held are reported as not checked, and the
// batch finishes.

const REASONS = {
  error: 'Niet gecontroleerd: fout.',
  stalled: 'Niet gecontroleerd: geen antwoord.',
};
const VALID = { status: 'ongeldig', code: 'leeg', reason: 'Het bestand is leeg.' } as const;

class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  sent: ToWorker[] = [];
  terminated = false;
  answered = new Set<number>();

  postMessage(message: ToWorker) {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The files sent and not yet answered. */
  held(): number[] {
    return this.sent
      .flatMap((m) => (m.type === 'files' ? m.files.map((f) => f.id) : []))
      .filter((id) => !this.answered.has(id));
  }
  receive(data: FromWorker) {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
  ready() {
    this.receive({ type: 'ready' });
  }
  answer(id: number, verdict: RegisterVerdict = VALID) {
    this.answered.add(id);
    this.receive({ type: 'verdicts', verdicts: [{ id, verdict }] });
  }
  /** Every file it holds, in one message (as the worker answers a batch). */
  answerAll() {
    const ids = this.held();
    for (const id of ids) this.answered.add(id);
    this.receive({ type: 'verdicts', verdicts: ids.map((id) => ({ id, verdict: VALID })) });
  }
  crash() {
    this.onerror?.(new Event('error'));
  }
}

function pool(fileCount: number, options: Partial<PoolOptions> = {}) {
  const workers: FakeWorker[] = [];
  const verdicts = new Map<number, RegisterVerdict>();
  const calls = { done: 0, failed: [] as string[], twice: [] as number[] };
  const on: PoolCallbacks = {
    verdict(index, verdict) {
      if (verdicts.has(index)) calls.twice.push(index);
      verdicts.set(index, verdict);
    },
    failed: (message) => calls.failed.push(message),
    done: () => calls.done++,
  };
  const files = Array.from({ length: fileCount }, (_, i) => new File(['{}'], `${i}.json`));
  const stop = verifyInWorkers(files, '/controlearchief.json', on, {
    count: 2,
    reasons: REASONS,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    ...options,
  });
  const live = () => workers.filter((w) => !w.terminated);
  return { workers, verdicts, calls, stop, live };
}

const notChecked = (reason: string) => ({ status: 'ongeldig', code: 'niet-gecontroleerd', reason });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('verifyInWorkers', () => {
  it('gives every file to a worker, a batch at a time, and finishes when all are answered', () => {
    const { workers, verdicts, calls } = pool(40);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.sent[0]).toEqual({ type: 'context', url: '/controlearchief.json' });
    for (let round = 0; round < 10 && calls.done === 0; round++)
      for (const worker of workers) worker.answerAll();
    expect(calls.done).toBe(1);
    expect(verdicts.size).toBe(40);
    expect(calls.twice).toEqual([]);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('keeps each worker four batches ahead, and no more, as it answers', () => {
    const { workers } = pool(1000);
    const [first] = workers as [FakeWorker];
    // One batch a task: posting many picked files at once would hold up the page.
    expect(first.held()).toHaveLength(16);
    vi.advanceTimersByTime(10);
    expect(first.held()).toHaveLength(64);
    for (const id of first.held().slice(0, 16)) first.answer(id);
    expect(first.held()).toHaveLength(64);
    first.answer(first.held()[0]!);
    expect(first.held()).toHaveLength(63);
  });

  it('replaces a worker that fires an error: its files are not checked, the others are, the batch finishes', () => {
    const { workers, verdicts, calls, live } = pool(200);
    const [first, second] = workers as [FakeWorker, FakeWorker];
    first.ready();
    first.answer(first.held()[0]!);
    const lost = first.held();
    expect(lost.length).toBeGreaterThan(0);
    first.crash();
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(3);
    for (const id of lost) expect(verdicts.get(id)).toEqual(notChecked(REASONS.error));
    for (let round = 0; round < 20 && calls.done === 0; round++)
      for (const worker of live()) worker.answerAll();
    expect(calls.done).toBe(1);
    expect(verdicts.size).toBe(200);
    expect(calls.twice).toEqual([]);
    expect(
      [...verdicts.values()].filter((v) => v.status === 'ongeldig' && v.code === 'niet-gecontroleerd'),
    ).toHaveLength(lost.length);
    // A late word from the dead worker changes nothing.
    first.receive({ type: 'verdicts', verdicts: [{ id: lost[0]!, verdict: VALID }] });
    expect(verdicts.get(lost[0]!)).toEqual(notChecked(REASONS.error));
    expect(second.terminated).toBe(true);
  });

  it('treats a message that cannot be read as a dead worker', () => {
    const { workers, verdicts } = pool(10);
    const lost = workers[0]!.held();
    workers[0]!.onmessageerror?.(new MessageEvent('messageerror'));
    for (const id of lost) expect(verdicts.get(id)).toEqual(notChecked(REASONS.error));
  });

  it('replaces a worker that falls silent while it holds files: a crash that fires no event', () => {
    const { workers, verdicts, calls, live } = pool(40, { stallMs: 30_000, loadMs: 120_000 });
    const [first, second] = workers as [FakeWorker, FakeWorker];
    // Loading the archives may take long on a slow connection; answering may not.
    vi.advanceTimersByTime(100_000);
    expect(first.terminated).toBe(false);
    first.ready();
    second.ready();
    second.answerAll();
    vi.advanceTimersByTime(29_000);
    second.answerAll();
    expect(first.terminated).toBe(false);
    const lost = first.held();
    vi.advanceTimersByTime(2_000);
    expect(first.terminated).toBe(true);
    for (const id of lost) expect(verdicts.get(id)).toEqual(notChecked(REASONS.stalled));
    for (let round = 0; round < 20 && calls.done === 0; round++)
      for (const worker of live()) {
        worker.ready();
        worker.answerAll();
      }
    expect(calls.done).toBe(1);
    expect(verdicts.size).toBe(40);
    // A worker that holds nothing is not watched.
    vi.advanceTimersByTime(1_000_000);
    expect(calls.twice).toEqual([]);
  });

  it('finishes when every worker dies as it starts, with a bounded number of workers', () => {
    const { workers, verdicts, calls, live } = pool(1000);
    for (let round = 0; round < 100 && live().length > 0; round++)
      for (const worker of live()) worker.crash();
    expect(calls.done).toBe(1);
    expect(verdicts.size).toBe(1000);
    expect(
      [...verdicts.values()].every((v) => v.status === 'ongeldig' && v.code === 'niet-gecontroleerd'),
    ).toBe(true);
    expect(workers.length).toBeLessThanOrEqual(10);
    expect(calls.twice).toEqual([]);
  });

  it('ignores a verdict for a file the worker does not hold', () => {
    const { workers, verdicts, calls } = pool(3);
    const worker = workers[0]!;
    const [id] = worker.held();
    worker.answer(id!);
    worker.answer(id!);
    worker.receive({ type: 'verdicts', verdicts: [{ id: 99, verdict: VALID }] });
    expect(verdicts.size).toBe(1);
    expect(calls.twice).toEqual([]);
    expect(calls.done).toBe(0);
  });

  it('stops when the archives cannot be loaded, as before', () => {
    const { workers, calls } = pool(5);
    workers[0]!.receive({ type: 'failed', message: 'Het archief kan niet worden geladen.' });
    expect(calls.failed).toEqual(['Het archief kan niet worden geladen.']);
    expect(calls.done).toBe(0);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
