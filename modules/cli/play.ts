import { createInterface } from 'node:readline';
import { initialTransition, transition } from 'xstate';
import { formatIssue } from '../case/case-issue.ts';
import { loadContent } from '../authoring/load-content.ts';
import { viewCase } from '../case/view-case.ts';
import type { AttemptEvent } from '../scoring/attempt.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { phaseNames, verdictNames } from '../stappenplan/phase-names.ts';

// npm run play -- <case file> — plays a case in the terminal; choices by number from standard input.
const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run play -- content/casussen/<beroepsgroep>/<casus>.yaml');
  process.exit(1);
}
const { cases, issues } = loadContent(process.cwd(), [file]);
if (issues.length > 0 || cases.length === 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  process.exit(1);
}
const compiled = cases[0].compiled;
const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
const print = (text = '') => console.log(text);

print(
  `Casus: ${compiled.def.title} (${compiled.def.beroepsgroep}, ongeveer ${compiled.def.minutes} minuten)`,
);
print(compiled.def.summary);
let [snapshot] = initialTransition(compiled.machine);
const events: AttemptEvent[] = [];
let phase = '';
for (;;) {
  const view = viewCase(compiled, snapshot);
  if (view.phase !== phase) print(`\n── ${phaseNames[view.phase]} ──`);
  phase = view.phase;
  if (view.title) print(view.title);
  print(view.situation.trim());
  if (view.signals.length > 0) print(`Signalen:\n${view.signals.map((s) => `  - ${s}`).join('\n')}`);
  for (const line of view.dialogue) print(`${line.speaker}: “${line.text}”`);
  if (view.done) break;
  print(`\n${view.question}`);
  view.choices.forEach((choice, i) => print(`  ${i + 1}. ${choice.label}`));
  let picked: { id: string; label: string } | undefined;
  while (!picked) {
    process.stdout.write('Kies een nummer: ');
    const answer = await lines.next();
    if (answer.done) {
      print('\nDe invoer stopt voor het einde van de casus.');
      process.exit(0);
    }
    picked = view.choices[Number(answer.value.trim()) - 1];
    if (!picked) print(`Typ een nummer van 1 tot ${view.choices.length}.`);
  }
  events.push({ node: view.node, choice: picked.id });
  [snapshot] = transition(compiled.machine, snapshot, { type: 'choice.select', choice: picked.id });
  const feedback = viewCase(compiled, snapshot).feedback!;
  print(`\nJe koos: ${feedback.label} — ${verdictNames[feedback.verdict]}`);
  print(feedback.feedback.trim());
  print(`Waarom: ${feedback.rationale.trim()}\n`);
}

const score = scoreAttempt(compiled, events);
print(
  `\nUitslag: ${score.total} van ${score.max} punten (${score.percentage}%) — ${score.passed ? 'geslaagd' : 'niet geslaagd'}`,
);
for (const result of score.phases) {
  print(`  ${phaseNames[result.phase]}: ${verdictNames[result.verdict]} (${result.score}/${result.max})`);
}
process.exit(0);
