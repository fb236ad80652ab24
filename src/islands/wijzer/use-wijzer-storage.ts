import { useEffect, useMemo, useState } from 'preact/hooks';
import { format } from '../../i18n/format.ts';
import { wijzerKept } from '../../storage/wijzer-kept.ts';
import type { WijzerRun } from '../../../modules/wijzer/wijzer-run.ts';
import type { WijzerGroup, WijzerLater } from './wijzer-types.ts';

interface Options {
  /** The wijzer's code loaded apart (null until loaded): the store, the records and their strings. */
  later: WijzerLater | null;
  groups: WijzerGroup[];
  run: WijzerRun | null;
  note: string;
  /** Called on page load when something is kept on this device: the wijzer then loads `later` at once. */
  onKept: () => void;
  /** Called once, when a saved situation was found and replayed. */
  onRestore: (run: WijzerRun, note: string) => void;
}

/**
 * Saving on this device, only when asked: "Bewaar op dit apparaat" saves the situation and keeps saving
 * what follows, until "Verwijder van dit apparaat". A saved situation opens again on the next visit, once
 * the code to read it has loaded.
 */
export function useWijzerStorage({ later, groups, run, note, onKept, onRestore }: Options) {
  const store = useMemo(() => later?.createWijzerStore(), [later]);
  const [saving, setSaving] = useState(false);
  const [stored, setStored] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (wijzerKept()) onKept();
  }, []);

  useEffect(() => {
    if (!later || !store) return;
    const strings = later.wijzerLaterStrings;
    const loaded = store.load();
    if (loaded.status === 'leeg') return;
    setStored(true);
    const sectorOf = (id: string) => groups.find((group) => group.id === id)?.sector;
    const restored =
      loaded.status === 'bewaard'
        ? later.restoreWijzer(loaded.record, sectorOf(loaded.record.beroepsgroep))
        : undefined;
    if (loaded.status === 'bewaard' && restored) {
      onRestore(restored, loaded.record.note);
      setSaving(true);
      setMessage(
        format(strings['wijzer.restored'], { date: later.formatDate(new Date(loaded.record.savedAt)) }),
      );
    } else {
      const newer = loaded.status === 'onleesbaar' && loaded.newer;
      setMessage(strings[newer ? 'wijzer.unreadable.newer' : 'wijzer.unreadable']);
    }
  }, [store]);

  useEffect(() => {
    if (!saving || !run || !later || !store) return;
    if (store.save(later.wijzerRecord(run, note, new Date()))) setStored(true);
    else {
      setSaving(false);
      setMessage(later.wijzerLaterStrings['wijzer.save.failed']);
    }
  }, [saving, run, note]);

  return {
    saving,
    /** Whether something of the wijzer is on this device now, readable or not. */
    stored,
    message,
    save() {
      // Only offered with a run, so with its code loaded.
      if (!later || !store) return;
      // Write first, then say so: "Bewaard" is only announced once the situation is on this device.
      if (run && !store.save(later.wijzerRecord(run, note, new Date()))) {
        setMessage(later.wijzerLaterStrings['wijzer.save.failed']);
        return;
      }
      setStored(true);
      setSaving(true);
      setMessage(later.wijzerLaterStrings['wijzer.saved']);
    },
    remove() {
      if (!later || !store) return;
      setSaving(false);
      if (store.remove()) {
        setStored(false);
        setMessage(later.wijzerLaterStrings['wijzer.deleted']);
      }
    },
  };
}
