import { useEffect, useMemo, useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { createWijzerStore } from '../../storage/wijzer-store.ts';
import { formatDate } from '../../../modules/wijzer/format-date.ts';
import { restoreWijzer, wijzerRecord } from '../../../modules/wijzer/wijzer-record.ts';
import type { WijzerRun } from '../../../modules/wijzer/wijzer-run.ts';
import type { WijzerGroup, WijzerStrings } from './wijzer-types.ts';

interface Options {
  strings: WijzerStrings;
  groups: WijzerGroup[];
  run: WijzerRun | null;
  note: string;
  /** Called once, when a saved situation was found and replayed. */
  onRestore: (run: WijzerRun, note: string) => void;
}

/**
 * Saving on this device, only when asked: "Bewaar op dit apparaat" saves the situation and keeps saving
 * what follows, until "Verwijder van dit apparaat". A saved situation opens again on the next visit.
 */
export function useWijzerStorage({ strings, groups, run, note, onRestore }: Options) {
  const store = useMemo(() => createWijzerStore(), []);
  const [saving, setSaving] = useState(false);
  const [stored, setStored] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const loaded = store.load();
    if (loaded.status === 'leeg') return;
    setStored(true);
    const sectorOf = (id: string) => groups.find((group) => group.id === id)?.sector;
    const restored =
      loaded.status === 'bewaard'
        ? restoreWijzer(loaded.record, sectorOf(loaded.record.beroepsgroep))
        : undefined;
    if (loaded.status === 'bewaard' && restored) {
      onRestore(restored, loaded.record.note);
      setSaving(true);
      setMessage(format(strings['wijzer.restored'], { date: formatDate(new Date(loaded.record.savedAt)) }));
    } else {
      const newer = loaded.status === 'onleesbaar' && loaded.newer;
      setMessage(strings[newer ? 'wijzer.unreadable.newer' : 'wijzer.unreadable']);
    }
  }, []);

  useEffect(() => {
    if (!saving || !run) return;
    if (store.save(wijzerRecord(run, note, new Date()))) setStored(true);
    else {
      setSaving(false);
      setMessage(strings['wijzer.save.failed']);
    }
  }, [saving, run, note]);

  return {
    saving,
    /** Whether something of the wijzer is on this device now, readable or not. */
    stored,
    message,
    save() {
      // Write first, then say so: "Bewaard" is only announced once the situation is on this device.
      if (run && !store.save(wijzerRecord(run, note, new Date()))) {
        setMessage(strings['wijzer.save.failed']);
        return;
      }
      setStored(true);
      setSaving(true);
      setMessage(strings['wijzer.saved']);
    },
    remove() {
      setSaving(false);
      if (store.remove()) {
        setStored(false);
        setMessage(strings['wijzer.deleted']);
      }
    },
  };
}
