import { useEffect, useState } from 'preact/hooks';
import { moduleStatus, recordCompletion, type ModuleStatus } from '../../modules/course/module-status.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState, updateProgress, type ProgressState } from '../storage/update-progress.ts';

/**
 * The learner's status in one module, read from this browser and read again when another tab saves.
 * A module found complete for the first time is recorded as completed, with today's date.
 */
export function useModuleStatus(data: ModuleData): { status: ModuleStatus; notice?: string } | undefined {
  const [view, setView] = useState<{ status: ModuleStatus; notice?: string }>();
  useEffect(() => {
    const store = selectProgressStore();
    const show = async (state: ProgressState) => {
      let status = moduleStatus(data, state.progress);
      if (status.complete && !status.completedAt && state.writable) {
        state = await updateProgress(store, (p) => recordCompletion(data, p, new Date()));
        status = moduleStatus(data, state.progress);
      }
      setView({ status, notice: state.notice });
    };
    void readState(store).then(show);
    return store.onOtherTab(() => void readState(store).then(show));
  }, []);
  return view;
}
