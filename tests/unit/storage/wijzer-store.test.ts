import { describe, expect, it } from 'vitest';
import { checklistEvents } from '../../../modules/wijzer/stappen-checklist.ts';
import { wijzerRecord } from '../../../modules/wijzer/wijzer-record.ts';
import { sendAllInWijzer, startWijzer } from '../../../modules/wijzer/wijzer-run.ts';
import { wijzerKept } from '../../../src/storage/wijzer-kept.ts';
import { createWijzerStore, WIJZER_KEY } from '../../../src/storage/wijzer-store.ts';
import { memoryStorage } from '../../../src/storage/memory-storage.ts';

const { run } = sendAllInWijzer(
  startWijzer({ beroepsgroep: 'onderwijs', sector: 'onderwijs', client: 'kind' }),
  checklistEvents({ signalen: true, kindcheck: 'open', overleg: ['collega'], gesprek: 'gevoerd' }),
);
const savedAt = new Date('2026-03-14T09:42:00Z');

describe('the wijzer store', () => {
  it('finds nothing until asked to save, then the record, and nothing after removing it', () => {
    const storage = memoryStorage();
    const store = createWijzerStore(() => storage);
    expect(store.load()).toEqual({ status: 'leeg' });
    expect(wijzerKept(() => storage)).toBe(false);
    expect(store.save(wijzerRecord(run, '', savedAt))).toBe(true);
    expect(store.load()).toMatchObject({ status: 'bewaard', record: { beroepsgroep: 'onderwijs' } });
    expect(wijzerKept(() => storage)).toBe(true);
    expect(store.remove()).toBe(true);
    expect(storage.getItem(WIJZER_KEY)).toBeNull();
    expect(wijzerKept(() => storage)).toBe(false);
  });

  it('reports unreadable data without deleting it, and says when it is newer', () => {
    const storage = memoryStorage({ [WIJZER_KEY]: 'kapot' });
    expect(createWijzerStore(() => storage).load()).toEqual({ status: 'onleesbaar', newer: false });
    expect(storage.getItem(WIJZER_KEY)).toBe('kapot');
    // Something unreadable is kept too: the wijzer loads its code to say so and offer to delete it.
    expect(wijzerKept(() => storage)).toBe(true);
    storage.setItem(WIJZER_KEY, JSON.stringify({ ...wijzerRecord(run, '', savedAt), version: 9 }));
    expect(createWijzerStore(() => storage).load()).toEqual({ status: 'onleesbaar', newer: true });
  });

  it('never throws when the browser blocks storage', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const store = createWijzerStore(blocked);
    expect(store.load()).toEqual({ status: 'leeg' });
    expect(store.save(wijzerRecord(run, '', savedAt))).toBe(false);
    expect(store.remove()).toBe(false);
    expect(wijzerKept(blocked)).toBe(false);
  });
});
