/** Where a command's text goes: process.stdout and process.stderr, or a string collector in tests. */
export interface Writer {
  write(text: string): unknown;
}

/**
 * What a command in modules/cli/ reads from and writes to, instead of `process`: so that a test runs
 * it in its own process (`main(args, io)`), and the script passes `processIo()`.
 */
export interface CliIo {
  /** The folder the script runs in; under npm the project root, which holds content/. */
  cwd: string;
  /** The folder the command was typed in (npm's INIT_CWD): typed paths are relative to it. */
  initCwd: string;
  /** Standard input; `isTTY` when a person types at a terminal (then answers are not echoed). */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Writer;
  stderr: Writer;
}

/** The io of the running process: its cwd, INIT_CWD (or the cwd outside npm), stdin, stdout and stderr. */
export function processIo(): CliIo {
  const cwd = process.cwd();
  return {
    cwd,
    initCwd: process.env.INIT_CWD ?? cwd,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
