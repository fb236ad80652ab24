import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseIssue } from '../case/case-issue.ts';
import { readCaseArchive, type CaseArchive } from '../scoring/case-archive.ts';
import type { ReadResult } from '../versioned/read-versioned.ts';

/** Where the case archives live, beside the content they freeze. */
export const ARCHIVE_DIR = 'content/archief';

/** The archive file of a case, relative to the project root. */
export function archiveFile(caseId: string): string {
  return `${ARCHIVE_DIR}/${caseId}.json`;
}

/**
 * Reads the archive of one case (Node only): `undefined` when the case has none yet, otherwise the
 * typed read result. Never throws.
 */
export function readArchiveFile(root: string, caseId: string): ReadResult<CaseArchive> | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, archiveFile(caseId)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return {
      ok: false,
      code: 'niet-leesbaar',
      message: `het bestand kan niet worden gelezen (${String(error)})`,
    };
  }
  return readCaseArchive(text);
}

/**
 * Every case archive under `content/archief/` (Node only), for a verifier that runs beside the
 * repository; an unreadable file becomes an issue, the others are still returned.
 */
export function readArchive(root: string): { archives: CaseArchive[]; issues: CaseIssue[] } {
  const archives: CaseArchive[] = [];
  const issues: CaseIssue[] = [];
  for (const file of globSync(`${ARCHIVE_DIR}/*.json`, { cwd: root }).sort()) {
    const result = readArchiveFile(root, file.slice(ARCHIVE_DIR.length + 1, -'.json'.length));
    if (result?.ok) archives.push(result.value);
    else if (result) issues.push({ file, message: result.message });
  }
  return { archives, issues };
}

/**
 * Writes a case archive as indented JSON, so a new version shows in a diff as lines added at the
 * end. Written to a temporary file first and renamed, so an interrupted run never leaves half an
 * archive behind.
 */
export function writeArchiveFile(root: string, archive: CaseArchive): string {
  const file = archiveFile(archive.caseId);
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(archive, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return file;
}
