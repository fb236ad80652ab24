/// <reference lib="webworker" />
import { createVerifier, type Verifier } from '../../modules/certificate/verify-certificate.ts';
import { readVerifyContext } from '../../modules/certificate/verify-context.ts';
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

/** Files read and verified at once: reading waits on the browser, so the reads overlap. */
const AT_ONCE = 16;
/** Verdicts sent back in one message (fewer when nothing else is being checked). */
const PER_MESSAGE = 16;

type Item = Extract<ToWorker, { type: 'files' }>['files'][number];
type Answer = Extract<FromWorker, { type: 'verdicts' }>['verdicts'][number];
// The page sends files ahead of time, so this worker has the next ones when it finishes one; they
// wait here as File handles (small) and are read only AT_ONCE at a time, which bounds the memory.
const waiting: Item[] = [];
let first = 0;
let running = 0;
let answers: Answer[] = [];

async function check(ready: Verifier, { id, file }: Item): Promise<Answer> {
  const verdict = await ready.verify(file);
  return {
    id,
    verdict:
      verdict.status === 'geldig'
        ? { status: 'geldig', summary: verdict.summary }
        : { status: 'ongeldig', code: verdict.code, reason: verdict.reason },
  };
}

function pump(ready: Verifier) {
  while (running < AT_ONCE && first < waiting.length) {
    const item = waiting[first++]!;
    running++;
    void check(ready, item).then((answer) => {
      running--;
      answers.push(answer);
      if (answers.length >= PER_MESSAGE || (running === 0 && first === waiting.length)) {
        post({ type: 'verdicts', verdicts: answers });
        answers = [];
      }
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
