import { openAsBlob, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RegisterRow } from '../certificate/register-csv.ts';
import { processIo, type CliIo } from './cli-io.ts';

const usage = 'Gebruik: npm run verify -- <bestanden of mappen…> [--csv <register.csv>]';

/**
 * npm run verify -- <files or folders…> [--csv <file>] — checks certificates (PDF or JSON) against the
 * archives in content/archief/, one line per file as it goes (`KLOPT` with what was checked, or
 * `KLOPT NIET` with the reason: verdict-text.ts); a folder stands for every .pdf and .json below it.
 * --csv writes the completion register. At the end, on standard error: what "klopt" does not prove,
 * then the counts. Returns the exit code: 0 only when every file is a valid certificate.
 */
export async function verify(argv: readonly string[], io: CliIo): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const args = [...argv];
  const cwd = io.initCwd;
  let csv: string | undefined;
  const csvAt = args.indexOf('--csv');
  if (csvAt !== -1) {
    csv = args[csvAt + 1];
    if (!csv || csv.startsWith('--')) {
      err(`--csv vraagt een bestandsnaam voor het register. ${usage}`);
      return 1;
    }
    args.splice(csvAt, 2);
  }
  const unknownOption = args.find((arg) => arg.startsWith('--'));
  if (args.length === 0 || unknownOption) {
    err(unknownOption ? `Onbekende optie ${unknownOption}. ${usage}` : usage);
    return 1;
  }

  // Loaded after the arguments are checked, so a typing mistake is answered at once.
  const [
    { formatIssue },
    { loadVerifyContext },
    { expandPaths },
    { CHECKED, NOT_PROVEN, USE_LMS, verdictLine },
    { registerCsv },
    { createVerifier },
  ] = await Promise.all([
    import('../case/case-issue.ts'),
    import('../authoring/module-archive-files.ts'),
    import('../authoring/resolve-paths.ts'),
    import('../certificate/verdict-text.ts'),
    import('../certificate/register-csv.ts'),
    import('../certificate/verify-certificate.ts'),
  ]);
  const { context, issues } = loadVerifyContext(io.cwd);
  for (const issue of issues) err(formatIssue(issue));
  const { files, messages } = expandPaths(args, cwd, cwd, {
    extensions: ['.pdf', '.json'],
    none: '.pdf- of .json-bestanden: geef een map met bewijzen van deelname op',
  });
  for (const message of messages) err(message);

  const verifier = createVerifier(context);
  const rows: RegisterRow[] = [];
  let valid = 0;
  let exitCode = 0;
  // One file at a time: openAsBlob knows the size without reading, so a huge file is refused unread.
  for (const relativePath of files) {
    // A file outside the folder the command was typed in is shown by its absolute path, not as ../../…
    const file = relativePath.startsWith('..') ? resolve(cwd, relativePath) : relativePath;
    const verdict = await openAsBlob(resolve(cwd, file)).then(
      (blob) => verifier.verify(blob),
      () => ({ status: 'ongeldig', code: 'leeg', reason: 'Het bestand kan niet worden gelezen.' }) as const,
    );
    if (verdict.status === 'geldig') valid++;
    out(verdictLine(file, verdict));
    if (csv) rows.push({ file, verdict });
  }
  if (csv) {
    const target = resolve(cwd, csv);
    try {
      writeFileSync(target, registerCsv(rows));
      err(`register geschreven: ${csv} (${rows.length} regel(s))`);
    } catch (error) {
      err(`het register kan niet worden geschreven naar ${csv}: ${(error as Error).message}`);
      exitCode = 1;
    }
  }
  const invalid = files.length - valid;
  if (valid > 0) err(`"Klopt" betekent: ${CHECKED}. ${NOT_PROVEN} ${USE_LMS}`);
  err(
    `Klopt: ${valid}. Klopt niet: ${invalid}.${messages.length > 0 ? ` Niet gevonden: ${messages.length} pad(en).` : ''}`,
  );
  if (invalid > 0 || messages.length > 0 || files.length === 0 || issues.length > 0) exitCode = 1;
  return exitCode;
}

if (import.meta.main) process.exitCode = await verify(process.argv.slice(2), processIo());
