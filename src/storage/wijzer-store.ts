import { readWijzerRecord, type WijzerRecord } from '../../modules/wijzer/wijzer-record.ts';
import { WIJZER_KEY } from './wijzer-kept.ts';

export { WIJZER_KEY };

/** What is saved now: nothing, a readable record, or something this page cannot read (kept until deleted). */
export type WijzerLoad =
  { status: 'leeg' } | { status: 'bewaard'; record: WijzerRecord } | { status: 'onleesbaar'; newer: boolean };

/** The wijzer's saved situation in localStorage; `storage` can be replaced in tests. Never throws. */
export interface WijzerStore {
  load(): WijzerLoad;
  /** False when the browser refuses storage (private mode, full, blocked). */
  save(record: WijzerRecord): boolean;
  /** Deletes the saved situation; false when the browser refused. */
  remove(): boolean;
}

export function createWijzerStore(storage: () => Storage = () => globalThis.localStorage): WijzerStore {
  return {
    load() {
      let text: string | null;
      try {
        text = storage().getItem(WIJZER_KEY);
      } catch {
        return { status: 'leeg' };
      }
      if (text === null) return { status: 'leeg' };
      const read = readWijzerRecord(text);
      return read.ok
        ? { status: 'bewaard', record: read.value }
        : { status: 'onleesbaar', newer: read.code === 'toekomstig' };
    },
    save(record) {
      try {
        storage().setItem(WIJZER_KEY, JSON.stringify(record));
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        storage().removeItem(WIJZER_KEY);
        return true;
      } catch {
        return false;
      }
    },
  };
}
