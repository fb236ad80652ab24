import type { CaseIssue } from '../case/case-issue.ts';
import {
  CASE_ARCHIVE_KIND,
  CASE_ARCHIVE_VERSION,
  type ArchivedVersion,
  type CaseArchive,
} from '../scoring/case-archive.ts';
import { readArchiveFile, writeArchiveFile } from './archive-files.ts';
import { checkArchive } from './check-archive.ts';
import { hashCaseSync } from './hash-case-sync.ts';
import { loadContentWithoutArchive } from './load-content.ts';

/** One version added to the archive. */
export interface AddedVersion {
  caseId: string;
  version: number;
  /** The archive file, relative to the root. */
  file: string;
}

/**
 * What `npm run archive:content` does (Node only): adds the current version of every case that passes
 * the content checks and is not archived yet, and returns what it added and every problem left
 * (content problems, and archive problems it must not settle itself). It only ever appends: an
 * archived version is never rewritten, a case whose content changed under an archived version number
 * or whose version went down is left for the author, and a case with problems is not archived.
 *
 * @param archivedOn the date recorded with each added version, `YYYY-MM-DD`
 */
export function archiveNewVersions(
  root: string,
  archivedOn: string,
): { added: AddedVersion[]; issues: CaseIssue[] } {
  const content = loadContentWithoutArchive(root);
  const added: AddedVersion[] = [];
  for (const { compiled, authored } of content.cases) {
    const { id, version, beroepsgroep } = compiled.def;
    const read = readArchiveFile(root, id);
    // A damaged archive, or one of another case, is restored by hand (the checks say so), never overwritten.
    if (read && (!read.ok || read.value.caseId !== id)) continue;
    const versions = read?.value.versions ?? [];
    // Only a version above every archived one is new; the checks report the other cases.
    if (versions.some((entry) => entry.version >= version)) continue;
    const entry: ArchivedVersion = {
      version,
      hash: hashCaseSync(authored),
      beroepsgroep,
      sector: compiled.input.sector,
      passPercentage: compiled.passPercentage,
      archivedOn,
      case: authored,
    };
    const archive: CaseArchive = read?.value ?? {
      kind: CASE_ARCHIVE_KIND,
      version: CASE_ARCHIVE_VERSION,
      caseId: id,
      versions: [],
    };
    const file = writeArchiveFile(root, { ...archive, versions: [...versions, entry] });
    added.push({ caseId: id, version, file });
  }
  return { added, issues: [...content.issues, ...checkArchive(root, content.cases)] };
}
