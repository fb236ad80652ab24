import type { CaseIssue } from '../case/case-issue.ts';
import { compileArchivedVersion } from '../scoring/compile-archived-version.ts';
import { archiveFile, readArchiveFile } from './archive-files.ts';
import { hashCaseSync } from './hash-case-sync.ts';
import type { LoadedCase } from './load-content.ts';

type ArchiveRead = ReturnType<typeof readArchiveFile>;

const ARCHIVE = 'voer npm run archive:content uit';
const RESTORE = (file: string) =>
  `zet het terug met git checkout -- ${file}; een archief wordt alleen door npm run archive:content geschreven`;

/**
 * The archive checks, for cases that passed every other check (loadContent runs them, so
 * `npm run lint:content` and the build do too): the current version of each case is archived, its
 * content and its sector and pass mark are what was archived under that version number, its version
 * is not below an archived one, and every archived version of it still hashes to its recorded hash
 * and still compiles. Problems with the case name the case file, problems in the archive name the
 * archive file; each says what to do, in Dutch. Node only.
 */
export function checkArchive(root: string, cases: readonly LoadedCase[]): CaseIssue[] {
  return cases.flatMap((loaded) => {
    const read = readArchiveFile(root, loaded.compiled.def.id);
    return [...checkArchiveFile(loaded, read), ...checkCurrentVersion(loaded, read)];
  });
}

/** The archive file of one case: readable, its own, and every version in it intact. */
function checkArchiveFile(loaded: LoadedCase, read: ArchiveRead): CaseIssue[] {
  const id = loaded.compiled.def.id;
  const file = archiveFile(id);
  if (!read) return [];
  if (!read.ok)
    return [{ file, message: `dit archief kan niet worden gelezen (${read.code}): ${RESTORE(file)}` }];
  if (read.value.caseId !== id)
    return [
      {
        file,
        message: `dit archief is van de casus "${read.value.caseId}", niet van "${id}": ${RESTORE(file)}`,
      },
    ];
  return read.value.versions.flatMap((entry) => {
    if (hashCaseSync(entry.case) !== entry.hash)
      return [
        {
          file,
          message: `versie ${entry.version} is na het archiveren veranderd (de hash klopt niet meer): ${RESTORE(file)}`,
        },
      ];
    const compiled = compileArchivedVersion(id, entry);
    // An archived version is never edited; if today's schema refuses it, the schema change is what to fix.
    return compiled.ok
      ? []
      : [
          {
            file,
            message: `versie ${entry.version} kan niet meer worden ingelezen (${compiled.problems.join('; ')}): maak een nieuw veld in het casusschema optioneel of geef het een default, zodat elke gearchiveerde versie geldig blijft`,
          },
        ];
  });
}

/** The case as it is now, against the archive: archived under its version, unchanged since, not behind. */
function checkCurrentVersion(loaded: LoadedCase, read: ArchiveRead): CaseIssue[] {
  const { def, passPercentage, input } = loaded.compiled;
  const { id, version } = def;
  const at = (message: string) => [{ file: loaded.file, message }];
  if (!read)
    return at(`${id} versie ${version} staat nog niet in het archief (${archiveFile(id)}): ${ARCHIVE}`);
  if (!read.ok || read.value.caseId !== id) return []; // reported on the archive file
  const versions = read.value.versions;
  const latest = versions[versions.length - 1].version;
  if (version < latest)
    return at(
      `version ${version} van ${id} is lager dan versie ${latest} in het archief; een version gaat alleen omhoog: zet version op ${latest + 1} en ${ARCHIVE}`,
    );
  const entry = versions.find((candidate) => candidate.version === version);
  if (!entry)
    return at(`${id} versie ${version} staat nog niet in het archief (${archiveFile(id)}): ${ARCHIVE}`);
  // Same version number, other content: a certificate for this version would be checked against the wrong text.
  const raise = `maar version is nog ${version}: verhoog version naar ${version + 1} en ${ARCHIVE}`;
  const issues: CaseIssue[] = [];
  if (hashCaseSync(loaded.authored) !== entry.hash)
    issues.push(...at(`de inhoud van ${id} versie ${version} is veranderd, ${raise}`));
  if (input.sector !== entry.sector)
    issues.push(
      ...at(
        `de sector van ${id} versie ${version} is veranderd (van ${entry.sector} naar ${input.sector}), ${raise}`,
      ),
    );
  if (passPercentage !== entry.passPercentage)
    issues.push(
      ...at(
        `het slaagpercentage van ${id} versie ${version} is veranderd (van ${entry.passPercentage} naar ${passPercentage}), ${raise}`,
      ),
    );
  return issues;
}
