import { formatIssue } from '../case/case-issue.ts';
import { loadContent } from '../authoring/load-content.ts';
import { expandCasePaths } from '../authoring/resolve-paths.ts';
import { processIo, type CliIo } from './cli-io.ts';

/**
 * npm run lint:content [files or folders…] — checks modules, lessons and case scenarios (all of
 * content/ when given no paths). Returns the exit code: 1 on any problem.
 */
export function lintContent(args: readonly string[], io: CliIo): number {
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const { files, messages } = expandCasePaths(args, io.initCwd, io.cwd);
  for (const message of messages) err(message);
  const { cases, lessons, issues } = loadContent(io.cwd, args.length > 0 ? files : undefined);
  for (const issue of issues) err(formatIssue(issue));
  const problems = issues.length + messages.length;
  const summary = `${lessons.length} les(sen) en ${cases.length} casus(sen) goedgekeurd, ${problems} probleem/problemen`;
  if (problems > 0) {
    err(summary);
    return 1;
  }
  io.stdout.write(`${summary}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = lintContent(process.argv.slice(2), processIo());
