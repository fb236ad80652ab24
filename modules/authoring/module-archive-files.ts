import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CaseIssue } from '../case/case-issue.ts';
import {
  MODULE_ARCHIVE_KIND,
  MODULE_ARCHIVE_VERSION,
  readModuleArchive,
  type ModuleArchive,
} from '../certificate/module-archive.ts';
import { moduleEdition } from '../certificate/module-edition.ts';
import type { CourseModule } from '../course/course-module.ts';
import { makeVerifyTable } from '../scoring/make-verify-table.ts';
import type { VerifyContext } from '../certificate/verify-certificate.ts';
import { ARCHIVE_DIR, readArchive } from './archive-files.ts';
import { hashCaseSync } from './hash-case-sync.ts';
import type { LoadedContent } from './load-content.ts';

/** Where the module archives live: beside the case archives, one file a module. */
export const MODULE_ARCHIVE_DIR = `${ARCHIVE_DIR}/modules`;

/** Every module of the loaded content as a course module (course/course-module.ts), in display order (Node only). */
export function moduleContents(content: LoadedContent): CourseModule[] {
  return content.beroepsgroepen.map(({ id, name }) => ({
    id,
    name,
    lessons: content.lessons
      .filter((lesson) => lesson.beroepsgroep === id)
      .map(({ slug, lesson }) => ({
        slug,
        title: lesson.title,
        minutes: lesson.minutes,
        questions: lesson.questions.map(({ id, options }) => ({
          id,
          options: options.map((o) => ({ id: o.id, correct: o.correct })),
        })),
      })),
    cases: content.cases
      .filter(({ compiled }) => compiled.def.beroepsgroep === id)
      .map(({ compiled, authored }) => ({
        ...makeVerifyTable(compiled, hashCaseSync(authored)),
        minutes: compiled.def.minutes,
      })),
  }));
}

/** Every module archive under `content/archief/modules/`; an unreadable file becomes an issue. */
export function readModuleArchives(root: string): { archives: ModuleArchive[]; issues: CaseIssue[] } {
  const archives: ModuleArchive[] = [];
  const issues: CaseIssue[] = [];
  for (const file of globSync(`${MODULE_ARCHIVE_DIR}/*.json`, { cwd: root }).sort()) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch (error) {
      issues.push({ file, message: `het bestand kan niet worden gelezen (${String(error)})` });
      continue;
    }
    const read = readModuleArchive(text);
    if (read.ok) archives.push(read.value);
    else issues.push({ file, message: read.message });
  }
  return { archives, issues };
}

/** The archives a verifier needs, read from a project root (Node only). */
export function loadVerifyContext(root: string): { context: VerifyContext; issues: CaseIssue[] } {
  const cases = readArchive(root);
  const modules = readModuleArchives(root);
  return {
    context: { cases: cases.archives, modules: modules.archives },
    issues: [...cases.issues, ...modules.issues],
  };
}

/**
 * Adds the current edition of every module whose edition is not archived yet (part of `npm run
 * archive:content`). Only appends; a damaged module archive is left for the author (restore it with git).
 */
export async function archiveModuleEditions(
  root: string,
  content: LoadedContent,
  archivedOn: string,
): Promise<{ added: { moduleId: string; file: string }[]; issues: CaseIssue[] }> {
  const { archives, issues } = readModuleArchives(root);
  const added: { moduleId: string; file: string }[] = [];
  for (const module of moduleContents(content)) {
    const { id, contentVersion, ...fields } = await moduleEdition(module);
    const archive: ModuleArchive = archives.find((a) => a.moduleId === id) ?? {
      kind: MODULE_ARCHIVE_KIND,
      version: MODULE_ARCHIVE_VERSION,
      moduleId: id,
      editions: [],
    };
    if (archive.editions.some((e) => e.contentVersion === contentVersion)) continue;
    if (issues.some((issue) => issue.file === moduleArchiveFile(id))) continue;
    const entry = { contentVersion, name: module.name, archivedOn, ...fields };
    const file = writeJson(root, moduleArchiveFile(id), {
      ...archive,
      editions: [...archive.editions, entry],
    });
    added.push({ moduleId: id, file });
  }
  return { added, issues };
}

/** The archive file of a module, relative to the project root. */
export function moduleArchiveFile(moduleId: string): string {
  return `${MODULE_ARCHIVE_DIR}/${moduleId}.json`;
}

function writeJson(root: string, file: string, value: unknown): string {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return file;
}
