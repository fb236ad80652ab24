import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LocalStore } from '../storage/local-store.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState, type ProgressState } from '../storage/update-progress.ts';

/** The stored progress for a page that shows and changes all of it; read again when another tab saves. */
export function useProgressState(): {
  store: LocalStore;
  state: ProgressState | undefined;
  setState(state: ProgressState): void;
} {
  const store = useMemo(() => selectProgressStore(), []);
  const [state, setState] = useState<ProgressState>();
  useEffect(() => {
    void readState(store).then(setState);
    return store.onOtherTab(() => void readState(store).then(setState));
  }, []);
  return { store, state, setState };
}
