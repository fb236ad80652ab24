/// <reference lib="webworker" />
import { createVerifier, type Verifier } from '../../modules/certificate/verify-certificate.ts';
import { readVerifyContext } from '../../modules/certificate/verify-context.ts';
import { groupSize, READ_FILES, readTogether } from './read-together.ts';
import type { FromWorker, ToWorker } from './verify-messages.ts';

// A Web Worker of the organisation page: reads the archives (verify tables and module editions) once,
// then verifies each file it is sent and answers with the verdict. Nothing leaves the browser.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const FAILED = 'Het archief voor de controle kan niet worden geladen. Laad de pagina opnieuw.';
let verifier: Promise<Verifier | null> | undefined;

const post = (message: FromWorker) => scope.postMessage(message);

async function load(url: string): Promise<Verifier | null> {
  try {
    const response = await fetch(url);
    const read = response.ok ? readVerifyContext(await response.text()) : null;
    if (!read?.ok) {
      post({ type: 'failed', message: read?.message ?? FAILED });
      return null;
    }
    const ready = createVerifier(read.context);
    post({ type: 'ready' }); // the page watches for silence more closely from now on
    return ready;
  } catch {
    post({ type: 'failed', message: FAILED });
    return null;
  }
}

/**
 * Groups of files being read or verified at once: while one is verified, the next is read. Each group
 * is read in one read (read-together.ts: at most READ_FILES files and READ_BYTES bytes), which bounds
 * the memory.
 */
const GROUPS = 2;
/** Verdicts sent back in one message (fewer when nothing else is being checked). */
const PER_MESSAGE = 16;

type Item = Extract<ToWorker, { type: 'files' }>['files'][number];
type Answer = Extract<FromWorker, { type: 'verdicts' }>['verdicts'][number];
// The page sends files ahead of time, so this worker has the next ones when it finishes a group; they
// wait here as File handles (small) and are read a group at a time.
const waiting: Item[] = [];
let first = 0;
let groups = 0;
/** Files read or being verified, not yet answered. */
let running = 0;
let answers: Answer[] = [];

async function check(ready: Verifier, id: number, source: Blob | Uint8Array): Promise<Answer> {
  const verdict = await ready.verify(source);
  return {
    id,
    verdict:
      verdict.status === 'geldig'
        ? { status: 'geldig', summary: verdict.summary }
        : { status: 'ongeldig', code: verdict.code, reason: verdict.reason },
  };
}

function answer(result: Answer) {
  running--;
  answers.push(result);
  if (answers.length >= PER_MESSAGE || (running === 0 && first === waiting.length)) {
    post({ type: 'verdicts', verdicts: answers });
    answers = [];
  }
}

function pump(ready: Verifier) {
  while (groups < GROUPS && first < waiting.length) {
    const next = waiting.slice(first, first + READ_FILES);
    const group = next.slice(0, groupSize(next.map((item) => item.file)));
    first += group.length;
    groups++;
    running += group.length;
    void readTogether(group.map((item) => item.file))
      .then((sources) => Promise.all(group.map((item, i) => check(ready, item.id, sources[i]!).then(answer))))
      .then(() => {
        groups--;
        pump(ready);
      });
  }
  if (first === waiting.length) {
    waiting.length = 0;
    first = 0;
  }
}

scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'context') {
    verifier = load(data.url);
    return;
  }
  const ready = await verifier;
  if (!ready) return;
  waiting.push(...data.files);
  pump(ready);
};
