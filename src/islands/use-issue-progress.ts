import { useEffect, useState } from 'preact/hooks';
import { moduleStatus, type ModuleStatus } from '../../modules/course/module-status.ts';
import type { Progress } from '../../modules/progress/progress.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { selectProgressStore } from '../storage/select-store.ts';
import { readState, type ProgressState } from '../storage/update-progress.ts';

export interface IssueProgress {
  status: ModuleStatus;
  progress: Progress;
  notice?: string;
}

/** The learner's progress and module status for issuing, read again when another tab saves. */
export function useIssueProgress(data: ModuleData): IssueProgress | undefined {
  const [view, setView] = useState<IssueProgress>();
  useEffect(() => {
    const store = selectProgressStore();
    const show = ({ progress, notice }: ProgressState) =>
      setView({ status: moduleStatus(data, progress), progress, notice });
    void readState(store).then(show);
    return store.onOtherTab(() => void readState(store).then(show));
  }, []);
  return view;
}
