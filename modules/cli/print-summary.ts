import type { CaseSummary } from '../case-run/case-summary.ts';
import { lessonAddress } from '../lesson/phase-lessons.ts';
import { nl } from '../strings/nl.ts';

/** The end of a terminal run, as lines: the result that teaches (how it is scored, wrong first choices, afwegingen, steps, verdicts). */
export function summaryLines(summary: CaseSummary): string[] {
  const { score } = summary;
  const lines = [
    `Uitslag: ${score.total} van ${score.max} punten (${score.percentage}%) — ${summary.verdict}`,
    '',
    'Zo tel je punten:',
    ...summary.howScored.map((line) => `  - ${line}`),
    summary.firstChoices,
  ];
  if (summary.wrongFirstChoices.length > 0) {
    lines.push('', 'Je eerste keuze was niet de beste bij:');
    for (const wrong of summary.wrongFirstChoices) {
      lines.push(
        `  ${wrong.moment}`,
        `    Jij:    ${wrong.label.trim()} (${nl.verdict[wrong.verdict]}, ${wrong.points} van ${wrong.max} punten)`,
        `    Wat er dan gebeurt: ${wrong.feedback}`,
        `    Waarom: ${wrong.rationale}`,
        `    Beter:  ${wrong.better.trim()}`,
      );
      if (wrong.lesson) lines.push(`    Lees de les: ${wrong.lesson.title} (${lessonAddress(wrong.lesson)})`);
    }
  }
  if (summary.critical.length > 0) {
    lines.push(
      '',
      summary.critical.length === 1
        ? 'Gevaarlijke keuze: daardoor zak je, hoeveel punten je ook hebt.'
        : 'Gevaarlijke keuzes: door elk ervan zak je, hoeveel punten je ook hebt.',
    );
    for (const miss of summary.critical)
      lines.push(
        `  ${miss.name}`,
        `    Bij:    ${miss.moment}`,
        `    Jij:    ${miss.label}`,
        `    Waarom gevaarlijk: ${miss.why}`,
        `    Wat de meldcode vraagt: ${miss.asks}`,
      );
  }
  if (summary.acuteReason) lines.push(`Je handelde direct om acuut gevaar: ${summary.acuteReason}.`);
  if (summary.afwegingen.length > 0) {
    lines.push('', 'De afwegingen, in de volgorde waarin je ze maakte:');
    for (const a of summary.afwegingen) {
      lines.push(`  ${a.name}`);
      lines.push(`    Jij:    ${a.yours.label} → ${a.yours.ledTo}`);
      if (a.agrees) lines.push('    Dat is ook het antwoord van de expert.');
      else
        lines.push(
          `    Expert: ${a.expert.label} → ${a.expert.ledTo}`,
          `    Waarom: ${a.expert.rationale.trim()}`,
        );
    }
  }
  if (summary.steps.length > 0) {
    lines.push('', 'Wat je deed, in volgorde:');
    summary.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step.text}`));
  }
  lines.push('', 'Per stap en afweging:');
  for (const phase of summary.phases)
    lines.push(`  ${phase.name}: ${phase.verdict} (${phase.score}/${phase.max})`);
  return lines;
}
