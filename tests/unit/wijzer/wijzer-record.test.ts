import { describe, expect, it } from 'vitest';
import { checklistEvents } from '../../../modules/wijzer/stappen-checklist.ts';
import { readWijzerRecord, restoreWijzer, wijzerRecord } from '../../../modules/wijzer/wijzer-record.ts';
import { sendAllInWijzer, startWijzer } from '../../../modules/wijzer/wijzer-run.ts';

const { run } = sendAllInWijzer(
  startWijzer({ beroepsgroep: 'onderwijs', sector: 'onderwijs', client: 'kind' }),
  checklistEvents({
    signalen: true,
    kindcheck: 'open',
    overleg: ['aandachtsfunctionaris'],
    gesprek: 'gevoerd',
  }),
);
const savedAt = new Date('2026-03-14T09:42:00Z');

describe('a saved wijzer situation', () => {
  it('holds the setup, the events, the note and when it was saved, and nothing else', () => {
    const record = wijzerRecord(run, '', savedAt);
    expect(Object.keys(record).sort()).toEqual(
      ['beroepsgroep', 'client', 'events', 'kind', 'note', 'savedAt', 'version'].sort(),
    );
    expect(record.savedAt).toBe('2026-03-14T09:42:00.000Z');
  });

  it('restores the same run after a round trip through JSON', () => {
    const read = readWijzerRecord(JSON.stringify(wijzerRecord(run, 'notitie', savedAt)));
    expect(read.ok).toBe(true);
    const restored = read.ok ? restoreWijzer(read.value, 'onderwijs') : undefined;
    expect(restored?.snapshot.context).toEqual(run.snapshot.context);
    expect(read.ok && read.value.note).toBe('notitie');
  });

  it('is refused when it is not ours, damaged or from a newer version', () => {
    expect(readWijzerRecord('{').ok).toBe(false);
    expect(readWijzerRecord({ kind: 'voortgang', version: 1 })).toMatchObject({ ok: false, code: 'vreemd' });
    expect(readWijzerRecord({ ...wijzerRecord(run, '', savedAt), version: 2 })).toMatchObject({
      ok: false,
      code: 'toekomstig',
    });
    expect(readWijzerRecord({ ...wijzerRecord(run, '', savedAt), client: 'iemand' })).toMatchObject({
      ok: false,
      code: 'beschadigd',
      message: expect.stringContaining('(fout in "client")'),
    });
    expect(readWijzerRecord({ ...wijzerRecord(run, '', savedAt), naam: 'Jan' })).toMatchObject({
      ok: false,
      code: 'beschadigd',
      message: expect.stringContaining('(fout in "naam")'),
    });
    expect(readWijzerRecord({ ...wijzerRecord(run, '', savedAt), events: [{ stap: 1 }] })).toMatchObject({
      ok: false,
      code: 'beschadigd',
    });
  });

  it('does not restore events the stappenplan no longer accepts', () => {
    const record = {
      ...wijzerRecord(run, '', savedAt),
      events: [{ type: 'melding.doen', hulpGaatDoor: true }],
    };
    expect(restoreWijzer(record, 'onderwijs')).toBeUndefined();
  });

  it('does not restore a situation of a beroepsgroep that is gone', () => {
    expect(restoreWijzer(wijzerRecord(run, '', savedAt), undefined)).toBeUndefined();
  });
});
