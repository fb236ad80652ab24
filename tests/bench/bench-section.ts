/** One row of a bench table: column name → value. */
export type BenchRow = Record<string, string | number>;

/** What every section gets: the repository root (absolute path, ends with "/"). */
export interface BenchContext {
  root: string;
}

/** A part of `npm run bench` that measures one thing and returns rows; it never asserts. */
export interface BenchSection {
  name: string;
  run(context: BenchContext): BenchRow[] | Promise<BenchRow[]>;
}

/**
 * The sections whose name contains one of `filters` (case-insensitive), in their order; all of them
 * when there are no filters. A filter that matches nothing is an error that lists the names.
 */
export function selectSections<T extends { name: string }>(
  sections: readonly T[],
  filters: readonly string[],
): T[] {
  if (filters.length === 0) return [...sections];
  const matches = (section: T, filter: string) => section.name.toLowerCase().includes(filter.toLowerCase());
  const unmatched = filters.filter((filter) => !sections.some((section) => matches(section, filter)));
  if (unmatched.length > 0)
    throw new Error(
      `no bench section matches ${unmatched.map((f) => `"${f}"`).join(', ')}; the sections are:\n${sections.map((s) => `  ${s.name}`).join('\n')}`,
    );
  return sections.filter((section) => filters.some((filter) => matches(section, filter)));
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rows as a plain-text table with aligned columns; numbers are right-aligned, a missing cell is blank. */
export function formatTable(rows: readonly BenchRow[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (row: BenchRow, column: string) => String(row[column] ?? '');
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row, c).length)));
  const line = (values: string[], numeric: boolean[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  // A column is numeric when every row that fills it holds a number; rows may leave a column out.
  const numeric = columns.map((c) => rows.every((row) => row[c] === undefined || typeof row[c] === 'number'));
  return [
    line(columns, numeric),
    line(
      widths.map((w) => '-'.repeat(w)),
      numeric,
    ),
    ...rows.map((row) =>
      line(
        columns.map((c) => cell(row, c)),
        numeric,
      ),
    ),
  ].join('\n');
}
