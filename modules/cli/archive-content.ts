import { archiveNewVersions } from '../authoring/archive-new-versions.ts';
import { formatIssue } from '../case/case-issue.ts';

// npm run archive:content — adds the current version of each case that is not archived yet to
// content/archief/; never rewrites an archived version. Exit 1 when problems are left.
const { added, issues } = archiveNewVersions(process.cwd(), new Date().toISOString().slice(0, 10));
for (const { caseId, version, file } of added)
  console.log(`toegevoegd: ${caseId} versie ${version} → ${file}`);
if (added.length === 0)
  console.log('niets toegevoegd: de huidige versie van elke casus staat al in het archief');
for (const issue of issues) console.error(formatIssue(issue));
if (issues.length > 0) {
  console.error(`${added.length} versie(s) toegevoegd, ${issues.length} probleem/problemen over`);
  process.exitCode = 1;
} else {
  console.log(`${added.length} versie(s) toegevoegd, 0 problemen`);
}
