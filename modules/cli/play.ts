import { createInterface } from 'node:readline';
import { formatIssue } from '../case/case-issue.ts';
import type { LogStep } from '../case/expert-path.ts';
import { globSync } from 'node:fs';
import { basename } from 'node:path';
import { loadContentWithoutArchive } from '../authoring/load-content.ts';
import { loadLessons } from '../authoring/load-lessons.ts';
import { lessonRefs, phaseLessons } from '../lesson/phase-lessons.ts';
import { chooseInRun, continueRun, startCaseRun, viewRun } from '../case-run/case-run.ts';
import { summarizeRun } from '../case-run/case-summary.ts';
import { phaseInfo } from '../stappenplan/phases.ts';
import { nl } from '../strings/nl.ts';
import { expandCasePaths } from '../authoring/resolve-paths.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { summaryLines } from './print-summary.ts';

const usage = 'Gebruik: npm run play -- [--seed <getal>] content/casussen/<beroepsgroep>/<casus>.yaml';

/**
 * npm run play -- [--seed N] <case file> — plays a case in the terminal; choices by number from
 * standard input. Returns the exit code: 1 for bad arguments, a broken case or input that ends mid-case.
 */
export async function play(argv: readonly string[], io: CliIo): Promise<number> {
  const print = (text = '') => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const args = [...argv];
  let seed: number | undefined;
  const seedAt = args.indexOf('--seed');
  if (seedAt !== -1) {
    const value = args[seedAt + 1] ?? '';
    if (!/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff) {
      err(`--seed vraagt een heel getal van 0 tot en met 4294967295, niet "${value}".`);
      return 1;
    }
    seed = Number(value);
    args.splice(seedAt, 2);
  }
  if (args.length !== 1) {
    err(usage);
    return 1;
  }
  const { files, messages } = expandCasePaths(args, io.initCwd, io.cwd);
  if (messages.length > 0 || files.length !== 1) {
    err(messages[0] ?? `${args[0]}: dit is een map met ${files.length} casussen; kies één bestand.`);
    return 1;
  }
  // Without the archive checks: an author plays a draft before archiving it, and playing publishes nothing.
  const { beroepsgroepen, cases, issues } = loadContentWithoutArchive(io.cwd, files);
  if (issues.length > 0 || cases.length === 0) {
    for (const issue of issues) err(formatIssue(issue));
    return 1;
  }
  const compiled = cases[0].compiled;
  // The lesson for each phase, for the result; a broken lesson is lint:content's to report, not play's.
  const groupIds = globSync('content/beroepsgroepen/*.yaml', { cwd: io.cwd }).map((f) =>
    basename(f, '.yaml'),
  );
  const lessons = phaseLessons(
    lessonRefs(loadLessons(io.cwd, groupIds).lessons),
    beroepsgroepen,
    compiled.def.beroepsgroep,
    compiled.def.nodes.map((node) => node.phase),
  );
  const summary = (log: readonly LogStep[]) => summaryLines(summarizeRun(compiled, log, lessons));
  const echo = !io.stdin.isTTY;
  const input = createInterface({ input: io.stdin, terminal: false });
  const lines = input[Symbol.asyncIterator]();
  try {
    print(
      `Casus: ${compiled.def.title} (${compiled.def.beroepsgroep}, ongeveer ${compiled.def.minutes} minuten)`,
    );
    print(compiled.def.summary.trim());
    let run = startCaseRun(compiled, seed);
    let phase = '';
    for (;;) {
      const view = viewRun(run);
      if (view.phase !== phase) print(`\n── ${phaseInfo(view.phase).name} ──`);
      phase = view.phase;
      if (view.consequence) print(`Gevolg van je keuze${view.title ? `: ${view.title}` : ''}`);
      else if (view.title) print(view.title);
      print(view.situation.trim());
      if (view.signals.length > 0) print(`Signalen:\n${view.signals.map((s) => `  - ${s}`).join('\n')}`);
      for (const line of view.dialogue) print(`${line.speaker}: “${line.text.trim()}”`);
      // A consequence of the last choice is read, not decided: the terminal prints it and goes on.
      if (view.consequence) {
        print('');
        run = continueRun(run);
        continue;
      }
      if (view.done) break;
      print(`\n${view.question}`);
      view.choices.forEach((choice, i) => print(`  ${i + 1}. ${choice.label.trim()}`));
      let picked: { id: string } | undefined;
      while (!picked) {
        io.stdout.write('Kies een nummer: ');
        const answer = await lines.next();
        if (answer.done) {
          print('\n\nDe invoer stopt voor het einde van de casus.');
          for (const line of summary(run.log)) print(line.replace(/^Uitslag:/, 'Uitslag tot nu toe:'));
          return 1;
        }
        const typed = answer.value.trim();
        if (echo) print(typed);
        picked = /^\d+$/.test(typed) ? view.choices[Number(typed) - 1] : undefined;
        if (!picked) print(`Typ een nummer van 1 tot en met ${view.choices.length}.`);
      }
      const result = chooseInRun(run, picked.id);
      if (!result.ok) throw new Error(result.message);
      run = result.run;
      const feedback = viewRun(run).feedback!;
      print(`\nJe koos: ${feedback.label.trim()} — ${nl.verdict[feedback.verdict]}`);
      print(feedback.feedback.trim());
      print(`Waarom: ${feedback.rationale.trim()}\n`);
    }
    print();
    for (const line of summary(run.log)) print(line);
    print();
    print(`Nog een keer spelen: npm run play -- ${files[0]}`);
    return 0;
  } finally {
    input.close();
  }
}

// process.exit rather than exitCode: standard input may still be open (a terminal) when the case ends.
if (import.meta.main) process.exit(await play(process.argv.slice(2), processIo()));
