import { formatIssue } from '../case/case-issue.ts';
import { loadContent } from '../authoring/load-content.ts';
import { expandCasePaths } from '../authoring/resolve-paths.ts';

// npm run lint:content [files or folders…] — checks modules, lessons and case scenarios; exit 1 on any problem.
const args = process.argv.slice(2);
const { files, messages } = expandCasePaths(args, process.env.INIT_CWD ?? process.cwd(), process.cwd());
for (const message of messages) console.error(message);
const { cases, lessons, issues } = loadContent(process.cwd(), args.length > 0 ? files : undefined);
for (const issue of issues) console.error(formatIssue(issue));
const problems = issues.length + messages.length;
const summary = `${lessons.length} les(sen) en ${cases.length} casus(sen) goedgekeurd, ${problems} probleem/problemen`;
if (problems > 0) {
  console.error(summary);
  process.exitCode = 1;
} else {
  console.log(summary);
}
