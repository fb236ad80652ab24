import { archiveNewVersions } from '../authoring/archive-new-versions.ts';
import { loadContent } from '../authoring/load-content.ts';
import { archiveModuleEditions } from '../authoring/module-archive-files.ts';
import { formatIssue } from '../case/case-issue.ts';
import { processIo, type CliIo } from './cli-io.ts';

/**
 * npm run archive:content — adds the current version of each case that is not archived yet to
 * content/archief/, then (when no problems are left) the current edition of each module that is not
 * archived yet to content/archief/modules/; never rewrites what is archived. Returns the exit code:
 * 1 when problems are left.
 */
export async function archiveContent(
  io: CliIo,
  date = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const { added, issues } = archiveNewVersions(io.cwd, date);
  for (const { caseId, version, file } of added) out(`toegevoegd: ${caseId} versie ${version} → ${file}`);
  if (issues.length === 0) {
    const modules = await archiveModuleEditions(io.cwd, loadContent(io.cwd), date);
    for (const { moduleId, file } of modules.added) out(`toegevoegd: module ${moduleId} → ${file}`);
    issues.push(...modules.issues);
    added.push(...modules.added.map(({ moduleId, file }) => ({ caseId: moduleId, version: 0, file })));
  }
  if (added.length === 0)
    out('niets toegevoegd: de huidige versie van elke casus en module staat al in het archief');
  for (const issue of issues) err(formatIssue(issue));
  if (issues.length > 0) {
    err(`${added.length} versie(s) toegevoegd, ${issues.length} probleem/problemen over`);
    return 1;
  }
  out(`${added.length} versie(s) toegevoegd, 0 problemen`);
  return 0;
}

if (import.meta.main) process.exitCode = await archiveContent(processIo());
