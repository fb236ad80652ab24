import { describe, expect, it } from 'vitest';
import type { CertificateSummary } from '../../../modules/certificate/certificate-summary.ts';
import type { RegisterRow } from '../../../modules/certificate/register-csv.ts';
import {
  rowName,
  shownForm,
  viewRows,
  visibleRows,
  type RegisterView,
} from '../../../modules/certificate/register-view.ts';

const summary = (id: string, name: string, extra: Partial<CertificateSummary> = {}): CertificateSummary => ({
  id,
  code: 'ABCDE-FGHJK',
  name,
  beroepsgroep: 'onderwijs',
  module: 'Onderwijs',
  contentVersion: `sha256:${'0'.repeat(64)}`,
  date: '2026-12-01T10:00:00.000Z',
  studyMinutes: 72,
  measured: { seconds: 4000, unmeasured: 0, caseAttempts: 3, questionTries: 24 },
  questions: 21,
  score: { total: 40, max: 46, percentage: 87, cases: [] },
  ...extra,
});
const rows: RegisterRow[] = [
  {
    file: 'b.json',
    verdict: { status: 'geldig', summary: summary('B', 'Özlem Bakker', { organisation: 'Zorg Zuid' }) },
  },
  {
    file: 'a.pdf',
    verdict: {
      status: 'geldig',
      summary: summary('A', 'anna de Vries', { date: '2026-11-01T10:00:00.000Z' }),
    },
  },
  {
    file: 'kapot.pdf',
    verdict: { status: 'ongeldig', code: 'pdf-beschadigd', reason: 'De PDF is beschadigd.' },
  },
  {
    file: 'a.json',
    verdict: {
      status: 'geldig',
      summary: summary('A', 'anna de Vries', { score: { total: 46, max: 46, percentage: 100, cases: [] } }),
    },
  },
];
const base: RegisterView = { sort: 'name', descending: false, text: '', status: 'alle' };
const files = (view: Partial<RegisterView>) =>
  visibleRows(viewRows(rows), { ...base, ...view }).map((r) => r.file);

describe('the register view', () => {
  it('sorts on a column in Dutch order, ties in reading order, and the other way round', () => {
    expect(files({})).toEqual(['kapot.pdf', 'a.pdf', 'a.json', 'b.json']);
    expect(files({ descending: true })).toEqual(['b.json', 'a.pdf', 'a.json', 'kapot.pdf']);
    expect(files({ sort: 'score', descending: true })).toEqual(['a.json', 'b.json', 'a.pdf', 'kapot.pdf']);
    expect(files({ sort: 'date' })).toEqual(['kapot.pdf', 'a.pdf', 'b.json', 'a.json']);
    expect(files({ sort: 'status' })).toEqual(['b.json', 'a.pdf', 'a.json', 'kapot.pdf']);
  });

  it('filters on text (name, organisation, reason, file) and on status', () => {
    expect(files({ text: 'ZUID' })).toEqual(['b.json']);
    expect(files({ text: 'beschadigd' })).toEqual(['kapot.pdf']);
    expect(files({ status: 'ongeldig' })).toEqual(['kapot.pdf']);
    // The verification code and the edition, to find the row of a PDF at hand.
    expect(files({ text: 'abcde-fghjk' })).toEqual(['a.pdf', 'a.json', 'b.json']);
    expect(files({ text: '000000000000' })).toEqual(['a.pdf', 'a.json', 'b.json']);
    expect(files({ status: 'geldig', text: 'anna' })).toEqual(['a.pdf', 'a.json']);
    expect(files({ status: 'let-op' })).toEqual(['a.pdf', 'a.json']);
  });

  it('sorts on measured time, a certificate without time first; lists a module done too fast under "let op"', () => {
    const fast = {
      file: 'snel.json',
      verdict: {
        status: 'geldig' as const,
        summary: summary('S', 'Snel', {
          measured: { seconds: 300, unmeasured: 0, caseAttempts: 1, questionTries: 21 },
        }),
      },
    };
    const old = {
      file: 'oud.json',
      verdict: { status: 'geldig' as const, summary: summary('O', 'Oud', { measured: null }) },
    };
    const view = (v: Partial<RegisterView>) =>
      visibleRows(viewRows([...rows, fast, old]), { ...base, ...v }).map((r) => r.file);
    expect(view({ sort: 'time' })).toEqual([
      'kapot.pdf',
      'oud.json',
      'snel.json',
      'b.json',
      'a.pdf',
      'a.json',
    ]);
    expect(view({ status: 'let-op' })).toEqual(['a.pdf', 'a.json', 'snel.json']);
  });

  it('flags the same certificate read twice', () => {
    const flagged = viewRows(rows).filter((r) => r.flags?.duplicate);
    expect(flagged.map((r) => r.file)).toEqual(['a.pdf', 'a.json']);
  });

  it('names a rejected file by its file name, a valid one by the name in it', () => {
    const [valid, , rejected] = viewRows(rows);
    expect(rowName(valid!)).toEqual({ name: 'Özlem Bakker', fromFile: false });
    expect(rowName(rejected!)).toEqual({ name: 'kapot.pdf', fromFile: true });
  });

  it('picks the sentence under the filter by number: none, the only file, one, every file, all that match or some', () => {
    expect(shownForm({ shown: 0, matching: 0, total: 3 })).toBe('none');
    expect(shownForm({ shown: 1, matching: 1, total: 1 })).toBe('only');
    expect(shownForm({ shown: 1, matching: 1, total: 3 })).toBe('one');
    expect(shownForm({ shown: 3, matching: 3, total: 3 })).toBe('every');
    expect(shownForm({ shown: 2, matching: 2, total: 3 })).toBe('all');
    expect(shownForm({ shown: 100, matching: 250, total: 300 })).toBe('some');
  });
});
