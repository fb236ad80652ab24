import { join } from 'node:path';
import type { BenchRow, BenchSection } from './bench-section.ts';
import { PAGE_BUDGET_GZIP } from './page-budgets.ts';
import { measurePage } from './page-weight.ts';
import { builtPages } from './site.ts';

/**
 * Every built page of a type with a budget (issue 22) whose first visit is over it, heaviest first, or
 * one row saying none is; the per-type table (site.ts) shows only each type's heaviest page.
 */
export const pagesOverBudget: BenchSection = {
  name: 'first visit over budget (every page of a budgeted type; bytes gzip)',
  run({ root }) {
    const dist = join(root, 'dist');
    const over = [...builtPages(dist)]
      .map(([path, file]) => measurePage(dist, path, file))
      .filter((page) => page.gzip > (PAGE_BUDGET_GZIP[page.type] ?? Infinity))
      .sort((a, b) => b.gzip - a.gzip);
    if (over.length === 0) return [{ page: '(none over budget)' }];
    return over.map((page): BenchRow => ({
      page: page.path,
      type: page.type,
      gzip: page.gzip,
      budget: PAGE_BUDGET_GZIP[page.type]!,
      over: page.gzip - PAGE_BUDGET_GZIP[page.type]!,
      'html+css gzip': page.htmlCssGzip,
      'js gzip': page.jsGzip,
    }));
  },
};
