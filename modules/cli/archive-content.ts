import { archiveNewVersions } from '../authoring/archive-new-versions.ts';
import { loadContent } from '../authoring/load-content.ts';
import { archiveModuleEditions } from '../authoring/module-archive-files.ts';
import { formatIssue } from '../case/case-issue.ts';

// npm run archive:content — adds the current version of each case that is not archived yet to
// content/archief/, then (when no problems are left) the current edition of each module that is not
// archived yet to content/archief/modules/; never rewrites what is archived. Exit 1 when problems are left.
const date = new Date().toISOString().slice(0, 10);
const { added, issues } = archiveNewVersions(process.cwd(), date);
for (const { caseId, version, file } of added)
  console.log(`toegevoegd: ${caseId} versie ${version} → ${file}`);
if (issues.length === 0) {
  const modules = await archiveModuleEditions(process.cwd(), loadContent(process.cwd()), date);
  for (const { moduleId, file } of modules.added) console.log(`toegevoegd: module ${moduleId} → ${file}`);
  issues.push(...modules.issues);
  added.push(...modules.added.map(({ moduleId, file }) => ({ caseId: moduleId, version: 0, file })));
}
if (added.length === 0)
  console.log('niets toegevoegd: de huidige versie van elke casus en module staat al in het archief');
for (const issue of issues) console.error(formatIssue(issue));
if (issues.length > 0) {
  console.error(`${added.length} versie(s) toegevoegd, ${issues.length} probleem/problemen over`);
  process.exitCode = 1;
} else {
  console.log(`${added.length} versie(s) toegevoegd, 0 problemen`);
}
