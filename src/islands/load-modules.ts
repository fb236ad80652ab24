import type { ModuleData } from '../lib/module-data.ts';
import { siteUrl } from '../lib/site-url.ts';

/** Where the build writes every module's progress data (src/pages/voortgang/modules.json.ts). */
export const MODULES_URL = '/voortgang/modules.json';

let pending: Promise<ModuleData[]> | undefined;

/** Loads every module's progress data once; a failed load is forgotten, so the next call tries again. */
export function loadModules(): Promise<ModuleData[]> {
  pending ??= fetch(siteUrl(MODULES_URL)).then((response) => {
    if (!response.ok) throw new Error(`${MODULES_URL}: HTTP ${response.status}`);
    return response.json() as Promise<ModuleData[]>;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
