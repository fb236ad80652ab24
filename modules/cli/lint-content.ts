import { formatIssue } from '../case/case-issue.ts';
import { loadContent } from '../authoring/load-content.ts';

// npm run lint:content [case files…] — checks beroepsgroepen and case scenarios; exit 1 on any problem.
const paths = process.argv.slice(2);
const { cases, lessons, issues } = loadContent(process.cwd(), paths.length > 0 ? paths : undefined);
for (const issue of issues) console.error(formatIssue(issue));
const summary = `${lessons.length} lesson(s) and ${cases.length} case(s) passed the checks, ${issues.length} problem(s)`;
if (issues.length > 0) {
  console.error(summary);
  process.exitCode = 1;
} else {
  console.log(summary);
}
