import { closeSync, openAsBlob, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RegisterRow } from '../certificate/register-csv.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { printable } from './terminal-text.ts';

const usage = 'Gebruik: npm run verify -- <bestanden of mappen…> [--csv <register.csv>]';

/**
 * npm run verify -- <files or folders…> [--csv <file>] — checks certificates (PDF or JSON) against the
 * archives in content/archief/, one line per file as it goes (`KLOPT` with what was checked, or
 * `KLOPT NIET` with the reason: verdict-text.ts); a folder stands for every .pdf and .json below it.
 * --csv writes the completion register: a row per file as it goes, then at the end the register
 * again with the notes that compare rows (the same certificate twice, one person's several). Every
 * line is printed with control, invisible and direction characters written out (printable), so a
 * file name or a field cannot print a line of its own or move the cursor. At the end, on standard
 * error: what "klopt" does not prove, then the counts. Returns the exit code: 0 only when every file
 * is a valid certificate.
 */
export async function verify(argv: readonly string[], io: CliIo): Promise<number> {
  const out = (text: string) => io.stdout.write(`${printable(text)}\n`);
  const err = (text: string) => io.stderr.write(`${printable(text)}\n`);
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
    { csvCell, registerCells, registerCsv },
    { registerFlags },
    { createVerifier },
  ] = await Promise.all([
    import('../case/case-issue.ts'),
    import('../authoring/module-archive-files.ts'),
    import('../authoring/resolve-paths.ts'),
    import('../certificate/verdict-text.ts'),
    import('../certificate/register-csv.ts'),
    import('../certificate/register-flags.ts'),
    import('../certificate/verify-certificate.ts'),
  ]);
  // The register is opened first: a path that cannot be written is said before anything is checked.
  const target = csv === undefined ? undefined : resolve(cwd, csv);
  const cannotWrite = (error: unknown) =>
    err(`het register kan niet worden geschreven naar ${csv}: ${(error as Error).message}`);
  /** The register's file while rows are written to it as they go. */
  let register: number | undefined;
  if (target) {
    try {
      register = openSync(target, 'w');
      writeSync(register, registerCsv([]));
    } catch (error) {
      cannotWrite(error);
      if (register !== undefined) closeSync(register);
      return 1;
    }
  }
  let exitCode = 0;
  const rows: RegisterRow[] = [];
  /** A row on disk, its notes its own (done too fast) until the register is written whole at the end. */
  const writeRow = (row: RegisterRow) => {
    if (register === undefined) return;
    rows.push(row);
    try {
      writeSync(
        register,
        `${registerCells(row, registerFlags([row])[0])
          .map(csvCell)
          .join(';')}\r\n`,
      );
    } catch (error) {
      cannotWrite(error);
      closeSync(register);
      register = undefined;
      exitCode = 1;
    }
  };
  const { context, issues } = loadVerifyContext(io.cwd);
  for (const issue of issues) err(formatIssue(issue));
  const { files, messages } = expandPaths(args, cwd, cwd, {
    extensions: ['.pdf', '.json'],
    none: '.pdf- of .json-bestanden: geef een map met bewijzen van deelname op',
  });
  for (const message of messages) err(message);

  const verifier = createVerifier(context);
  let valid = 0;
  // One file at a time: openAsBlob knows the size without reading, so a huge file is refused unread.
  for (const relativePath of files) {
    // A file outside the folder the command was typed in is shown by its absolute path, not as ../../…
    const file = relativePath.startsWith('..') ? resolve(cwd, relativePath) : relativePath;
    const verdict = await openAsBlob(resolve(cwd, file)).then(
      (blob) => verifier.verify(blob),
      () => ({ status: 'ongeldig', code: 'leeg', reason: 'Het bestand kan niet worden gelezen.' }) as const,
    );
    writeRow({ file, verdict }); // on disk before its line is printed
    if (verdict.status === 'geldig') valid++;
    out(verdictLine(file, verdict));
  }
  if (register !== undefined && target) {
    closeSync(register);
    // The whole register, with the notes that compare rows, written beside it and renamed over it:
    // stopped half way, the rows written as they went stay.
    const whole = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(whole, registerCsv(rows));
      renameSync(whole, target);
      err(`register geschreven: ${csv} (${rows.length} regel(s))`);
    } catch (error) {
      rmSync(whole, { force: true });
      cannotWrite(error);
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
