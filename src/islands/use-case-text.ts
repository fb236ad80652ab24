import { useEffect, useState } from 'preact/hooks';
import { fillCaseText, type CaseText } from '../../modules/case-run/case-text.ts';
import type { CaseDef } from '../../modules/case/case.schema.ts';

/** Where the later text of a case stands: not asked for yet, on its way, there, or not fetched (offline). */
export type CaseTextStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The text of a case beyond its first moment (modules/case-run/case-text.ts), fetched from `url` (relative
 * to the page, so it works in an LMS package too) once
 * `wanted` and put into `def` in place, so the case run shows it from then on. A failed fetch (offline,
 * not kept) says so and is tried again with `retry`; nothing of the run is lost meanwhile.
 */
export function useCaseText(url: string, def: CaseDef, wanted: boolean) {
  const [status, setStatus] = useState<CaseTextStatus>('idle');
  const load = () => {
    setStatus('loading');
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<CaseText>;
      })
      .then(
        (text) => {
          fillCaseText(def, text);
          setStatus('ready');
        },
        () => setStatus('failed'),
      );
  };
  useEffect(() => {
    if (wanted && status === 'idle') load();
  }, [wanted]);
  return { status, retry: load };
}
