import { Alert } from './Alert.tsx';
import { useEffect, useState } from 'preact/hooks';
import type { ProfileGroup } from '../../modules/organisation/profile-rules.ts';
import type { UiSection } from '../i18n/ui.ts';
import type { ModuleData } from '../lib/module-data.ts';
import { DeleteProgress } from './DeleteProgress.tsx';
import { ExportProgress } from './ExportProgress.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { loadModules } from './load-modules.ts';
import { isEmpty, ModulesOverview } from './ModulesOverview.tsx';
import type { ProgressStrings } from './progress-texts.ts';
import { readState } from '../storage/update-progress.ts';
import { useProgressState } from './use-progress-state.ts';

interface Props {
  strings: UiSection<'myProgress.'> & ProgressStrings;
  /** The beroepsgroepen, to check the organisatieprofiel in an imported file against. */
  groups: ProfileGroup[];
}

/**
 * "Mijn voortgang": progress per module, export, import and delete. The modules' data (with score
 * tables) is fetched only when there is progress to show. Controls keep their place before hydration
 * (`data-ready`), so nothing moves when they become usable.
 */
export default function ProgressPage({ strings, groups }: Props) {
  const { store, state, setState } = useProgressState();
  const [modules, setModules] = useState<ModuleData[] | 'laden' | 'fout'>('laden');
  const needed = state !== undefined && !isEmpty(state.progress);
  useEffect(() => {
    if (needed && modules === 'laden') void loadModules().then(setModules, () => setModules('fout'));
  }, [needed]);
  return (
    <div class="my-progress" data-ready={String(state !== undefined)}>
      {state?.notice && (
        <Alert kind="error">
          <p role="status">{state.notice}</p>
        </Alert>
      )}
      <ModulesOverview progress={state?.progress} modules={modules} strings={strings} />
      <ExportProgress progress={state?.progress} strings={strings} />
      <ImportProgress store={store} onImported={setState} strings={strings} groups={groups} />
      <DeleteProgress
        store={store}
        onDeleted={() => void readState(store).then(setState)}
        strings={strings}
      />
    </div>
  );
}
