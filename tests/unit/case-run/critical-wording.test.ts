import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { summarizeRun } from '../../../modules/case-run/case-summary.ts';
import { criticalCategories } from '../../../modules/case/critical-category.ts';
import type { LogStep } from '../../../modules/case/expert-path.ts';
import { summaryLines } from '../../../modules/cli/print-summary.ts';
import { nl } from '../../../modules/strings/nl.ts';

// A dangerous first choice fails the attempt, but the learner then chooses again and may still do the
// right thing. The result must not say the opposite of what the learner did in the end: after "Ik meld
// niet" and then a report, it said "Je meldde niet bij Veilig Thuis" above "gemeld bij Veilig Thuis".

const root = new URL('../../../', import.meta.url).pathname;
const kim = loadContent(root).cases.find(({ compiled }) => compiled.def.id === 'kindcheck-bij-kim')!.compiled;

/** The expert route of Kim, with "Ik meld niet" first at the moment of the report, then the report. */
function refusedThenReported(): LogStep[] {
  const log: LogStep[] = [];
  let at = kim.def.start;
  while (!kim.nodes.get(at)!.end) {
    const node = kim.nodes.get(at)!;
    if (at === 'melden-kim' && !log.some((step) => step.node === at))
      log.push({ node: at, choice: 'geen-toestemming' });
    const best = node.choices!.find((choice) => choice.verdict === 'goed')!;
    log.push({ node: at, choice: best.id });
    at = best.next;
  }
  return log;
}

describe('the result after a dangerous first choice that was put right', () => {
  it('names the first choice as the danger, and still shows the report the learner made', () => {
    const summary = summarizeRun(kim, refusedThenReported());
    expect(summary.critical.map((miss) => miss.category)).toEqual(['niet-melden']);
    expect(summary.steps.map((step) => step.text)).toContain(nl.action['melden-en-hulp-bieden']);
    const text = summaryLines(summary).join('\n');
    expect(text).not.toMatch(/je meldde niet/i);
    expect(text).toMatch(/je koos eerst om niet te melden/i);
  });

  it('speaks of the choice in every category, never of what happened in the end', () => {
    for (const category of criticalCategories)
      expect(nl.critical[category].why, category).toMatch(/\bje koos\b/i);
  });
});
