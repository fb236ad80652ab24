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

scope.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'context') {
    verifier = load(data.url);
    return;
  }
  const ready = await verifier;
  if (!ready) return;
  // All at once: reading a file waits on the browser, so the reads overlap. The verdicts go back in
  // one message.
  const verdicts = await Promise.all(
    data.files.map(async ({ id, file }) => {
      const verdict = await ready.verify(file);
      return {
        id,
        verdict:
          verdict.status === 'geldig'
            ? ({ status: 'geldig', summary: verdict.summary } as const)
            : ({ status: 'ongeldig', code: verdict.code, reason: verdict.reason } as const),
      };
    }),
  );
  post({ type: 'verdicts', verdicts });
};
