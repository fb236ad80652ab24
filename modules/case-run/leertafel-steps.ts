import { summarizeRun } from './case-summary.ts';
import { viewRun } from './case-run.ts';
import type { Leertafel } from './leertafel.ts';

/**
 * At an ending: what was done in the stappenplan on the route the group took, in order; before it,
 * nothing. Apart from viewLeertafel, so a leertafel page loads the summary's code and texts only once
 * the group is under way.
 */
export function leertafelSteps(table: Leertafel): string[] {
  return viewRun(table.run).done
    ? summarizeRun(table.run.compiled, table.run.log).steps.map((step) => step.text)
    : [];
}
