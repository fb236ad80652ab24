import { useEffect, useState } from 'preact/hooks';

/** What each loader gave, once per page; a loader that failed (offline before it ever loaded) is tried again. */
const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();

/**
 * A part of an island loaded apart (`load` is a dynamic import declared once, beside the island), from
 * the first render in which it is `needed`; null until it is there. Code a first visit does not need
 * stays out of the page's budget this way.
 */
export function useLazyModule<T>(load: () => Promise<T>, needed: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!needed || module) return;
    if (!loaded.has(load)) loaded.set(load, load());
    (loaded.get(load) as Promise<T>).then(setModule, () => loaded.delete(load));
  }, [needed, module]);
  return module;
}
