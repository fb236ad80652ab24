import { formatEdition } from './certificate-format.ts';
import { registerFlags, type RowFlags } from './register-flags.ts';
import type { RegisterRow } from './register-csv.ts';

/** The columns the organisation page sorts on. */
export type SortKey =
  'name' | 'organisation' | 'beroepsgroep' | 'module' | 'date' | 'time' | 'score' | 'status';
export type StatusFilter = 'alle' | 'geldig' | 'ongeldig' | 'let-op';

export interface RegisterView {
  sort: SortKey;
  descending: boolean;
  text: string;
  status: StatusFilter;
}

/** A row as the table shows it, with its flags (register-flags.ts) and its place in the order of reading. */
export interface ViewRow extends RegisterRow {
  index: number;
  flags?: RowFlags;
}

/** The value a row sorts by: text for names and status, a number for the score, the ISO date as text. */
function sortValue(row: ViewRow, key: SortKey): string | number {
  const { verdict } = row;
  if (key === 'status') return verdict.status;
  if (verdict.status !== 'geldig') return key === 'score' || key === 'time' ? -2 : '';
  const s = verdict.summary;
  switch (key) {
    case 'name':
      return s.name;
    case 'organisation':
      return s.organisation ?? '';
    case 'beroepsgroep':
      return s.beroepsgroep;
    case 'module':
      return s.module;
    case 'date':
      return s.date;
    case 'score':
      return s.score.percentage;
    case 'time':
      // Not measured before every measured time; a lower bound sorts by what was measured.
      return s.measured === null || (s.measured.seconds === 0 && s.measured.unmeasured > 0)
        ? -1
        : s.measured.seconds;
  }
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** The text a filter searches: name, organisation, registration, module, verification code, edition, file and reason. */
function searchText(row: ViewRow): string {
  const { verdict } = row;
  const parts =
    verdict.status === 'geldig'
      ? [
          verdict.summary.name,
          verdict.summary.organisation,
          verdict.summary.registration,
          verdict.summary.module,
          verdict.summary.code,
          formatEdition(verdict.summary.contentVersion),
        ]
      : [verdict.reason];
  return [...parts, row.file].filter(Boolean).join(' ').toLocaleLowerCase('nl-NL');
}

/** The rows with their flags, in the order they were read. */
export function viewRows(rows: readonly RegisterRow[]): ViewRow[] {
  const flags = registerFlags(rows);
  return rows.map((row, index) => ({ ...row, index, flags: flags[index] }));
}

/** The rows the table shows: filtered on text and status, sorted stably on one column (ties in reading order). */
export function visibleRows(rows: readonly ViewRow[], view: RegisterView): ViewRow[] {
  const needle = view.text.trim().toLocaleLowerCase('nl-NL');
  const shown = rows.filter((row) => {
    if (view.status === 'let-op' && !(row.flags?.duplicate || row.flags?.samePerson || row.flags?.tooFast))
      return false;
    if ((view.status === 'geldig' || view.status === 'ongeldig') && row.verdict.status !== view.status)
      return false;
    return needle === '' || searchText(row).includes(needle);
  });
  const sign = view.descending ? -1 : 1;
  return shown.sort((a, b) => {
    const x = sortValue(a, view.sort);
    const y = sortValue(b, view.sort);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : a.index - b.index;
  });
}

/**
 * The name a row shows in the name column: the learner's name from a certificate that was checked, the
 * file name for a rejected file (its contents are not trusted, so no name is read from it).
 */
export function rowName(row: RegisterRow): { name: string; fromFile: boolean } {
  return row.verdict.status === 'geldig'
    ? { name: row.verdict.summary.name, fromFile: false }
    : { name: row.file, fromFile: true };
}

/**
 * Which sentence says how many files the filter lets through, so one file is never spoken of in the
 * plural: none; the only file there is; one of several; every file; all that match; or the first
 * `shown` of more that match.
 */
export type ShownForm = 'none' | 'only' | 'one' | 'every' | 'all' | 'some';

export function shownForm({
  shown,
  matching,
  total,
}: {
  shown: number;
  matching: number;
  total: number;
}): ShownForm {
  if (matching === 0) return 'none';
  if (matching === 1) return total === 1 ? 'only' : 'one';
  if (shown < matching) return 'some';
  return matching === total ? 'every' : 'all';
}
