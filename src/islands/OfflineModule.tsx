import { useEffect, useState } from 'preact/hooks';
import { format } from '../i18n/format.ts';
import type { UiSection } from '../i18n/ui.ts';
import { buttonClass } from '../lib/button-class.ts';
import { MODULE_FILES, PAGE_CACHE } from '../lib/offline-cache.ts';

interface Props {
  /** The beroepsgroep id: the module's folder. */
  module: string;
  strings: UiSection<'offline.'>;
}

type State =
  | { kind: 'unavailable' }
  | { kind: 'ready'; files: string[]; size: string }
  | { kind: 'saving'; files: string[]; size: string }
  | { kind: 'saved' }
  | { kind: 'failed'; files: string[]; size: string };

/**
 * "Beschikbaar zonder internet" on a module page: keeps every page of the module (lessons, cases,
 * leertafels, handouts) with what they load, in the cache the service worker serves pages from, so
 * the whole module opens offline. Shows the size first; says when the module is already kept. Shows
 * nothing where there is no service worker (an LMS package, an old browser, `astro dev`).
 */
export default function OfflineModule({ module, strings }: Props) {
  const [state, setState] = useState<State>({ kind: 'unavailable' });
  useEffect(() => {
    void check(module).then(setState, () => setState({ kind: 'unavailable' }));
  }, [module]);
  if (state.kind === 'unavailable') return null;

  const save = async (files: string[], size: string) => {
    setState({ kind: 'saving', files, size });
    try {
      await (await caches.open(PAGE_CACHE)).addAll(files);
      setState({ kind: 'saved' });
    } catch {
      setState({ kind: 'failed', files, size });
    }
  };
  return (
    <section class="offline-module" aria-labelledby="zonder-internet">
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced" id="zonder-internet">
        {strings['offline.heading']}
      </h2>
      {state.kind !== 'saved' && (
        <>
          <p>{format(strings['offline.text'], { size: state.size })}</p>
          <p>
            <button
              type="button"
              class={buttonClass('secondary')}
              aria-disabled={state.kind === 'saving'}
              onClick={() => state.kind !== 'saving' && void save(state.files, state.size)}
            >
              {strings['offline.button']}
            </button>
          </p>
        </>
      )}
      <p role="status">
        {state.kind === 'saving' && strings['offline.saving']}
        {state.kind === 'saved' && strings['offline.saved']}
      </p>
      <p role="alert">{state.kind === 'failed' && strings['offline.failed']}</p>
    </section>
  );
}

/** Whether this browser can keep the module, and whether it already holds all of it. */
async function check(module: string): Promise<State> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return { kind: 'unavailable' };
  // Waits for the worker: on a first visit this island may wake before the page registered it. Where
  // no worker is ever registered (an LMS package, `astro dev`) this never resolves and nothing shows.
  await navigator.serviceWorker.ready;
  const response = await fetch(`/${module}/${MODULE_FILES}`);
  if (!response.ok) return { kind: 'unavailable' };
  const { files, gzip } = (await response.json()) as { files: string[]; gzip: number };
  const cache = await caches.open(PAGE_CACHE);
  const kept = await Promise.all(files.map((file) => cache.match(file, { ignoreVary: true })));
  if (kept.every(Boolean)) return { kind: 'saved' };
  const size = `${Math.max(1, Math.round(gzip / 1024)).toLocaleString('nl-NL')} kB`;
  return { kind: 'ready', files, size };
}
